import { t } from '../i18n/t'
import type { DocumentLock } from '../sync/documentLock'

/**
 * Says, visibly and to screen readers, why the document cannot be edited here: approved, frozen
 * for justering, this person may only read (or comment), or the copy is of an older revision.
 */
export function ReadOnlyBanner({ lock }: { lock: DocumentLock }) {
  const text = describe(lock)
  if (text === null) return null
  return (
    <p
      className="alert read-only-banner"
      role="status"
      data-testid="read-only-banner"
      data-reason={lock.readOnlyReason}
    >
      {text}
    </p>
  )
}

function describe({ readOnlyReason, lock, access }: DocumentLock): string | null {
  switch (readOnlyReason) {
    case 'approved':
      return t('readOnly.approved', { version: lock.state === 'approved' ? lock.version : '–' })
    case 'frozen':
      return t('readOnly.frozen')
    case 'readAccess':
      return access === 'comment' ? t('readOnly.commentAccess') : t('readOnly.readAccess')
    case 'staleRevision':
      return t('readOnly.staleRevision')
    case null:
      return null
  }
}
