import type { DocumentStatus } from '@samskriv/shared'
import { t } from '../i18n/t'

/** Where a document is in its life, as a badge with words: Utkast, Under justering, Godkänd version N. */
export function DocumentStatusBadge({
  status,
  approvedVersion,
}: {
  status: DocumentStatus
  approvedVersion: number | null
}) {
  return (
    <span className={`status-badge status-badge--${status}`} data-testid="document-status">
      {describeDocumentStatus(status, approvedVersion)}
    </span>
  )
}

/** The words of {@link DocumentStatusBadge}. */
export function describeDocumentStatus(status: DocumentStatus, approvedVersion: number | null): string {
  switch (status) {
    case 'draft':
      return approvedVersion === null
        ? t('documentStatus.draft')
        : t('documentStatus.draftAfter', { version: approvedVersion })
    case 'justering':
      return t('documentStatus.justering')
    case 'approved':
      return t('documentStatus.approved', { version: approvedVersion ?? '–' })
  }
}
