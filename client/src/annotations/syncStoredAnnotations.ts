import type { DocumentId } from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'
import type { StoredChangesSync } from '../sync/syncStoredChanges'
import { AnnotationSession, type AnnotationSessionOptions } from './AnnotationSession'

/** Options of {@link syncStoredAnnotations}. */
export interface SyncStoredAnnotationsOptions extends AnnotationSessionOptions {
  /** Give up after this long (default 30 s). */
  timeoutMs?: number
}

/**
 * Opens a document's comments without the panel until the relay has acknowledged what this device
 * holds and this device has stored what the relay holds, then closes them: comments written
 * offline reach the server, and a meeting's comments are on the device before it goes offline.
 * Gives up at the first failed connection. Never rejects.
 */
export function syncStoredAnnotations(
  db: LocalDatabase,
  documentId: DocumentId,
  { timeoutMs = 30_000, ...options }: SyncStoredAnnotationsOptions,
): Promise<StoredChangesSync> {
  const session = new AnnotationSession(db, documentId, options)
  return new Promise<StoredChangesSync>((resolve) => {
    let done = false
    const finish = (result: StoredChangesSync): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      unsubscribe()
      session
        .flush()
        .catch(() => {})
        .finally(() => {
          session.destroy()
          resolve(result)
        })
    }
    const check = (): void => {
      const { phase, synced, pending, refused, online, closes, storageError } = session.getSnapshot()
      if (refused || storageError !== null) finish('refused')
      else if (phase !== 'ready') return
      else if (synced && !pending) finish('synced')
      else if (!online || closes > 0) finish('unreachable')
    }
    const unsubscribe = session.subscribe(check)
    const timer = setTimeout(() => finish('unreachable'), timeoutMs)
    void session.start()
  })
}
