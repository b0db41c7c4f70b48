import type { DocumentId } from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { DocumentSession } from './DocumentSession'

/** Options of {@link syncStoredChanges}. */
export interface SyncStoredChangesOptions {
  serverUrl: string
  /** Give up after this long (default 30 s). */
  timeoutMs?: number
}

/**
 * Opens a document without an editor until the relay has acknowledged the changes stored on this
 * device, then closes it: edits made offline reach the server when the network returns even if
 * the document is no longer open. Resolves true when everything was acknowledged, false when it
 * gave up (offline, refused, storage failure or timeout); never rejects.
 */
export function syncStoredChanges(
  db: LocalDatabase,
  documentId: DocumentId,
  { serverUrl, timeoutMs = 30_000 }: SyncStoredChangesOptions,
): Promise<boolean> {
  const session = new DocumentSession(db, documentId, { serverUrl })
  return new Promise<boolean>((resolve) => {
    let done = false
    const finish = (settled: boolean): void => {
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
          resolve(settled)
        })
    }
    const check = (): void => {
      const { phase, status, online } = session.getSnapshot()
      if (phase !== 'ready') return
      if (status.kind === 'synced') finish(true)
      else if (status.kind === 'error' || !online) finish(false)
    }
    const unsubscribe = session.subscribe(check)
    const timer = setTimeout(() => finish(false), timeoutMs)
    void session.start()
  })
}
