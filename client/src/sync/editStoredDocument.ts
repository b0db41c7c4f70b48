import type * as Y from 'yjs'
import type { DocumentId } from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { DocumentSession, type DocumentSessionSnapshot } from './DocumentSession'
import { HeadlessEditError } from './HeadlessEditError'

/** Options of {@link editStoredDocument}. */
export interface EditStoredDocumentOptions {
  serverUrl: string
  /** How long to wait for the relay (to fetch a document not on the device, to acknowledge). */
  timeoutMs?: number
  /** A WebSocket implementation other than the browser's (tests). */
  WebSocketPolyfill?: typeof WebSocket
}

/** How far an edit got: acknowledged by the relay, or stored on this device (synced later). */
export type HeadlessEditResult = 'synced' | 'storedOnDevice'

/** The transaction origin of edits made without an editor (a local change like any typing). */
export const HEADLESS_EDIT_ORIGIN = Symbol('headless edit')

function waitFor(
  session: DocumentSession,
  done: (snapshot: DocumentSessionSnapshot) => boolean,
  timeoutMs: number,
): Promise<DocumentSessionSnapshot> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const snapshot = session.getSnapshot()
      if (!done(snapshot)) return false
      finish(snapshot)
      return true
    }
    const finish = (snapshot: DocumentSessionSnapshot): void => {
      clearTimeout(timer)
      unsubscribe()
      resolve(snapshot)
    }
    const unsubscribe = session.subscribe(() => void check())
    const timer = setTimeout(() => finish(session.getSnapshot()), timeoutMs)
    check()
  })
}

/**
 * Edits a document without an editor, the way a writer's edit is made: it opens the document like
 * the editor does ({@link DocumentSession}: the device's copy, the relay when online), applies
 * `edit` as one local transaction, waits until it is stored on the device and, when online, until
 * the relay acknowledged it; offline it stays pending and the background sync sends it later.
 * `edit` returns false when what it should change is not in the document.
 */
export async function editStoredDocument(
  db: LocalDatabase,
  documentId: DocumentId,
  edit: (doc: Y.Doc) => boolean,
  { serverUrl, timeoutMs = 15_000, WebSocketPolyfill }: EditStoredDocumentOptions,
): Promise<HeadlessEditResult> {
  const session = new DocumentSession(db, documentId, {
    serverUrl,
    ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
  })
  try {
    await session.start()
    // A document never opened here has to come from the relay first.
    let snapshot = await waitFor(
      session,
      (s) => s.schemaConflict !== null || s.meta !== null || !s.online || s.everSynced || s.status.kind === 'error',
      timeoutMs,
    )
    if (snapshot.schemaConflict !== null) throw new HeadlessEditError('tooNew')
    if (snapshot.meta === null) throw new HeadlessEditError(snapshot.everSynced ? 'notFound' : 'notOnDevice')
    if (snapshot.meta.lock.state === 'approved') throw new HeadlessEditError('locked')
    let found = false
    session.doc.transact(() => {
      found = edit(session.doc)
    }, HEADLESS_EDIT_ORIGIN)
    if (!found) throw new HeadlessEditError('blockNotFound')
    await session.flush()
    snapshot = await waitFor(
      session,
      (s) => !s.online || s.status.kind === 'synced' || s.status.kind === 'error' || s.schemaConflict !== null,
      timeoutMs,
    )
    return snapshot.status.kind === 'synced' ? 'synced' : 'storedOnDevice'
  } finally {
    // Writes still pending continue after destroy; flush above made sure the edit is stored.
    session.destroy()
  }
}
