import { t } from '../i18n/t'
import type { SyncNotice, SyncStatus, SyncStatusKind } from '../sync/deriveSyncStatus'

const LABELS = {
  synced: 'sync.synced',
  syncing: 'sync.syncing',
  'saved-locally': 'sync.savedLocally',
  offline: 'sync.offline',
  connecting: 'sync.connecting',
  error: 'sync.errorStorage',
} as const satisfies Record<SyncStatusKind, string>

const NOTICES = {
  documentFull: 'sync.notice.documentFull',
  serverStorage: 'sync.notice.serverStorage',
  slowConnection: 'sync.notice.slowConnection',
  rateLimited: 'sync.notice.rateLimited',
  serverRestart: 'sync.notice.serverRestart',
} as const satisfies Record<SyncNotice, string>

/** Props of {@link SyncStatusIndicator}. */
export interface SyncStatusIndicatorProps {
  status: SyncStatus
  /** Reconnects after a refusal. */
  onRetry: () => void
}

/**
 * The document's sync status as one polite live region (`data-sync-status` carries the machine
 * value for tests), with the relay's reason while retrying and a retry button after a refusal.
 */
export function SyncStatusIndicator({ status, onRetry }: SyncStatusIndicatorProps) {
  const label = status.errorReason === 'refused' ? t('sync.errorRefused') : t(LABELS[status.kind])
  const refused = status.errorReason === 'refused'
  return (
    <div className="sync-status">
      <p
        className={`sync-status__label sync-status__label--${status.kind}`}
        role="status"
        data-testid="sync-status"
        data-sync-status={status.kind}
      >
        <span className="sync-status__dot" aria-hidden="true" />
        <span>{label}</span>
        {status.notice !== null && <span className="sync-status__detail">{t(NOTICES[status.notice])}</span>}
        {refused && status.closeCode !== null && (
          <span className="sync-status__detail">{t('sync.refusedDetail', { code: status.closeCode })}</span>
        )}
      </p>
      {refused && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('sync.retry')}
        </button>
      )}
    </div>
  )
}
