import { t } from '../i18n/t'
import type { RegisterSource } from './useRegisterList'

/** Props of {@link RegisterNotice}. */
export interface RegisterNoticeProps {
  source: RegisterSource | null
  /** What is listed: decisions or activities. */
  subject: 'decisions' | 'activities'
}

const KEYS = {
  decisions: { offline: 'registers.offlineDecisions', serverUnavailable: 'registers.unavailableDecisions' },
  activities: { offline: 'registers.offlineActivities', serverUnavailable: 'registers.unavailableActivities' },
} as const

/**
 * Says, when it is so, that a register lists only what the documents on this device hold (offline
 * or the server not answering), and that documents never opened here are missing.
 */
export function RegisterNotice({ source, subject }: RegisterNoticeProps) {
  if (source === null || source === 'server') return null
  return (
    <div className="note register-notice" data-testid="register-notice">
      <p>{t(KEYS[subject][source])}</p>
      <p>{t('registers.neverOpened')}</p>
    </div>
  )
}
