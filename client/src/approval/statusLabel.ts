import type { DocumentSummary, LockState } from '@samskriv/shared'
import { t } from '../i18n/t'

/** "Utkast", "Fryst för justering" or "Godkänd version N" for a document's lock. */
export function lockLabel(lock: LockState): string {
  if (lock.state === 'frozen') return t('status.frozen')
  if (lock.state === 'approved') return t('status.approved', { version: lock.version })
  return t('status.draft')
}

/** The same label from the server's document summary (the list). */
export function summaryStatusLabel(summary: Pick<DocumentSummary, 'status' | 'approvedVersion'>): string {
  if (summary.status === 'justering') return t('status.frozen')
  if (summary.status === 'approved' && summary.approvedVersion !== null) {
    return t('status.approved', { version: summary.approvedVersion })
  }
  return t('status.draft')
}
