import type { DocumentId } from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { DocumentSession } from './DocumentSession'
import type { RelayTokenSource } from './relayTokens'

/** Options of {@link syncStoredChanges}. */
export interface SyncStoredChangesOptions {
  serverUrl: string
  /** Give up after this long (default 30 s). */
  timeoutMs?: number
  /** A WebSocket implementation other than the browser's (tests). */
  WebSocketPolyfill?: typeof WebSocket
  /** Relay tokens, once the server has accounts. */
  relayTokens?: RelayTokenSource
  /** The relay said this person may not read the document. */
  onAccessLost?: (documentId: DocumentId) => void
}

/**
 * How a background sync of one document ended. `synced`: the relay acknowledged everything.
 * `unreachable`: offline, the relay could not be reached or closed the connection with "later",
 * or it took too long — worth trying again later. `refused`: the relay refused the document
 * (malformed, too large again and again, or written by a newer version) or the device's storage
 * fails — trying again as is will not help.
 */
export type StoredChangesSync = 'synced' | 'unreachable' | 'refused'

/**
 * Opens a document without an editor until the relay has acknowledged the changes stored on this
 * device, then closes it: edits made offline reach the server when the network returns even if
 * the document is no longer open. It gives up at the first failed connection (the caller retries
 * with its own backoff rather than one session per document waiting out the timeout). Never
 * rejects.
 */
export function syncStoredChanges(
  db: LocalDatabase,
  documentId: DocumentId,
  { serverUrl, timeoutMs = 30_000, WebSocketPolyfill, relayTokens, onAccessLost }: SyncStoredChangesOptions,
): Promise<StoredChangesSync> {
  const session = new DocumentSession(db, documentId, {
    serverUrl,
    background: true,
    ...(relayTokens ? { relayTokens } : {}),
    ...(onAccessLost ? { onAccessLost: () => onAccessLost(documentId) } : {}),
    ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
  })
  return new Promise<StoredChangesSync>((resolve) => {
    let done = false
    const finish = (result: StoredChangesSync): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      unsubscribe()
      // Writes still pending continue after destroy; waiting only keeps this sequential.
      session
        .flush()
        .catch(() => {})
        .finally(() => {
          session.destroy()
          resolve(result)
        })
    }
    const check = (): void => {
      const { phase, status, online, connection, schemaConflict } = session.getSnapshot()
      if (phase !== 'ready') return
      if (status.kind === 'synced') finish('synced')
      else if (status.kind === 'error' || schemaConflict !== null) finish('refused')
      else if (!online || connection === 'retrying') finish('unreachable')
    }
    const unsubscribe = session.subscribe(check)
    const timer = setTimeout(() => finish('unreachable'), timeoutMs)
    void session.start()
  })
}
