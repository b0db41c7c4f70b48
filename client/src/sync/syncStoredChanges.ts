import type { DocumentId } from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { DocumentSession } from './DocumentSession'
import type { RelayTokenSource } from './relayTokens'
import { syncUntilSettled, type StoredChangesSync } from './syncUntilSettled'

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
 * Opens a document without an editor until the relay has acknowledged the changes stored on this
 * device, then closes it: edits made offline reach the server when the network returns even if
 * the document is no longer open (see {@link syncUntilSettled}). Never rejects.
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
  return syncUntilSettled(session, { timeoutMs, refused: (snapshot) => snapshot.schemaConflict !== null })
}
