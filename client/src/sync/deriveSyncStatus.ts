import { CloseCode } from '@samskriv/shared'
import type { SyncState } from './reduceSyncState'

/** The status kinds the editor header shows; also the `data-sync-status` attribute value. */
export type SyncStatusKind = 'synced' | 'syncing' | 'saved-locally' | 'offline' | 'connecting' | 'error'

/**
 * Why the status is `error`: IndexedDB fails; the relay refused the connection (`refused`), in
 * particular because this app is older than the document (`clientTooOld`, 4426) or because what
 * it has to send is over the relay's frame limit again and again (`tooLarge`, 1009).
 */
export type SyncErrorReason = 'storage' | 'refused' | 'clientTooOld' | 'tooLarge' | 'forbidden' | 'signedOut'

/** Why the relay is being retried, when it told us. */
export type SyncNotice =
  'documentFull' | 'tooManyConnections' | 'serverStorage' | 'slowConnection' | 'rateLimited' | 'serverRestart'

/** What the user is shown. */
export interface SyncStatus {
  kind: SyncStatusKind
  /** Set when `kind` is `error`. */
  errorReason: SyncErrorReason | null
  /** The relay's close code when the error is the relay's (`refused`, `clientTooOld`, `tooLarge`). */
  closeCode: number | null
  /** A transient reason the relay gave for the last disconnect, while not connected. */
  notice: SyncNotice | null
  /** Changes of this device that the relay has not acknowledged exist. */
  pendingChanges: boolean
}

const NOTICES: ReadonlyMap<number, SyncNotice> = new Map<number, SyncNotice>([
  [CloseCode.documentFull, 'documentFull'],
  [CloseCode.personConnectionsFull, 'tooManyConnections'],
  [CloseCode.storageUnavailable, 'serverStorage'],
  [CloseCode.slowConsumer, 'slowConnection'],
  [CloseCode.rateLimited, 'rateLimited'],
  [CloseCode.goingAway, 'serverRestart'],
])

/**
 * Maps the machine's state to one status. Precedence: storage failure, then refusal, then the
 * connection. "Synkat" needs a connection, a finished initial sync and nothing unacknowledged;
 * "Sparat på enheten" is only claimed once the pending changes are in IndexedDB (for the few
 * milliseconds before, the status stays what it was: offline or connecting).
 */
export function deriveSyncStatus(state: SyncState): SyncStatus {
  const pendingChanges = state.durability.unacknowledged || state.durability.inheritedUnsynced
  const base = { errorReason: null, closeCode: null, notice: null, pendingChanges }
  if (state.storageFailed) return { ...base, kind: 'error', errorReason: 'storage' }
  if (state.refusedCode !== null) {
    return { ...base, kind: 'error', errorReason: refusalReason(state.refusedCode), closeCode: state.refusedCode }
  }
  const savedOnDevice = pendingChanges && !state.unstoredLocalChanges
  if (!state.online) return { ...base, kind: savedOnDevice ? 'saved-locally' : 'offline' }
  switch (state.connection) {
    case 'connected':
      return { ...base, kind: state.synced && !pendingChanges ? 'synced' : 'syncing' }
    case 'connecting':
      return { ...base, kind: pendingChanges ? 'syncing' : 'connecting' }
    case 'retrying':
    case 'idle': {
      const notice = state.transientCloseCode === null ? null : (NOTICES.get(state.transientCloseCode) ?? null)
      return { ...base, kind: savedOnDevice ? 'saved-locally' : 'connecting', notice }
    }
  }
}

function refusalReason(code: number): SyncErrorReason {
  if (code === CloseCode.clientTooOld) return 'clientTooOld'
  if (code === CloseCode.messageTooBig) return 'tooLarge'
  if (code === CloseCode.forbidden) return 'forbidden'
  if (code === CloseCode.unauthorized) return 'signedOut'
  return 'refused'
}
