import { t } from '../i18n/t'
import type { PlainMessageKey } from '../i18n/messages'
import type { SyncNotice, SyncStatus, SyncStatusKind } from '../sync/deriveSyncStatus'
import { useAnnouncedSyncStatus } from './useAnnouncedSyncStatus'

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
  tooManyConnections: 'sync.notice.tooManyConnections',
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

/** The words for an error the relay caused, and whether trying again can help. */
function relayError(status: SyncStatus): { label: PlainMessageKey; detail: string; retry: boolean } | null {
  switch (status.errorReason) {
    case 'refused':
      return {
        label: 'sync.errorRefused',
        detail: t('sync.refusedDetail', { code: status.closeCode ?? '–' }),
        retry: true,
      }
    case 'clientTooOld':
      // Only a newer app can open it; the schema notice offers the update.
      return { label: 'sync.errorClientTooOld', detail: t('sync.clientTooOldDetail'), retry: false }
    case 'tooLarge':
      return { label: 'sync.errorTooLarge', detail: t('sync.tooLargeDetail'), retry: true }
    case 'forbidden':
      return { label: 'sync.errorForbidden', detail: t('sync.forbiddenDetail'), retry: false }
    case 'signedOut':
      return { label: 'sync.errorSignedOut', detail: t('sync.signedOutDetail'), retry: true }
    case 'storage':
    case null:
      return null
  }
}

/**
 * The document's sync status as one polite live region. `data-sync-status` carries the exact
 * machine value (tests wait for it) and the dot follows it at once; the words follow
 * {@link useAnnouncedSyncStatus}, so "Synkar…" is only shown and announced when syncing takes a
 * while. With the relay's reason while retrying, and a retry button after a refusal.
 */
export function SyncStatusIndicator({ status, onRetry }: SyncStatusIndicatorProps) {
  const announced = useAnnouncedSyncStatus(status)
  const error = relayError(announced)
  const label = error !== null ? t(error.label) : t(LABELS[announced.kind])
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
        {announced.notice !== null && <span className="sync-status__detail">{t(NOTICES[announced.notice])}</span>}
        {error !== null && <span className="sync-status__detail">{error.detail}</span>}
      </p>
      {error?.retry === true && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('sync.retry')}
        </button>
      )}
    </div>
  )
}
