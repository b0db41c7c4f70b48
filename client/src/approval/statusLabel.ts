import type { LockState } from '@samskriv/shared'
import { t } from '../i18n/t'

/** "Utkast", "Fryst för justering" or "Godkänd version N" for a document's lock. */
export function lockLabel(lock: LockState): string {
  if (lock.state === 'frozen') return t('status.frozen')
  if (lock.state === 'approved') return t('status.approved', { version: lock.version })
  return t('status.draft')
}
