import type { DocumentStatus } from '@samskriv/shared'
import { t } from '../i18n/t'

const LABEL_KEYS = {
  draft: 'registers.fromDraft',
  justering: 'registers.fromJustering',
  approved: 'registers.fromApproved',
} as const satisfies Record<DocumentStatus, string>

/**
 * Whether a register entry stands in a draft (it may still change), a protocol under justering or
 * an approved version; nothing when the list does not know.
 */
export function SourceStatus({ status }: { status: DocumentStatus | undefined }) {
  if (status === undefined) return null
  return (
    <span className={`status-badge status-badge--${status}`} data-source-status={status}>
      {t(LABEL_KEYS[status])}
    </span>
  )
}
