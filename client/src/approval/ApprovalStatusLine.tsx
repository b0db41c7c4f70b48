import type { DocumentLock } from '../sync/documentLock'
import { t } from '../i18n/t'
import { lockLabel } from './statusLabel'

/** The document's status in the editor header: Utkast / Fryst för justering / Godkänd version N. */
export function ApprovalStatusLine({ lock: { lock, revision } }: { lock: DocumentLock }) {
  return (
    <p className="document-header__status" data-testid="document-status" data-lock={lock.state}>
      {t('status.label')}: <strong>{lockLabel(lock)}</strong>
      {lock.state !== 'approved' && revision > 1 && <> ({t('status.revision', { revision })})</>}
    </p>
  )
}
