import type { DocumentId } from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { syncUntilSettled, type StoredChangesSync } from '../sync/syncUntilSettled'
import { AnnotationSession, type AnnotationSessionOptions } from './AnnotationSession'

/** Options of {@link syncStoredAnnotations}. */
export interface SyncStoredAnnotationsOptions extends AnnotationSessionOptions {
  /** Give up after this long (default 30 s). */
  timeoutMs?: number
}

/**
 * Opens a document's comments without the panel until the relay has acknowledged what this device
 * holds and this device has stored what the relay holds, then closes them: comments written
 * offline reach the server, and a meeting's comments are on the device before it goes offline
 * (see {@link syncUntilSettled}). Never rejects.
 */
export function syncStoredAnnotations(
  db: LocalDatabase,
  documentId: DocumentId,
  { timeoutMs = 30_000, ...options }: SyncStoredAnnotationsOptions,
): Promise<StoredChangesSync> {
  const session = new AnnotationSession(db, documentId, { ...options, background: true })
  return syncUntilSettled(session, { timeoutMs, refused: (snapshot) => snapshot.writeRefused })
}
