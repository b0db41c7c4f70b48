import { useSyncExternalStore } from 'react'
import type { DocumentSession } from '../sync/DocumentSession'
import { describeDocumentLock, type DocumentLock } from '../sync/documentLock'

const subscribeToNothing = (): (() => void) => () => {}
const UNKNOWN = describeDocumentLock(null, null)

/**
 * The open document's lock, access and revision (see {@link DocumentLock}); re-renders only when
 * they change. A draft open for editing while there is no session.
 */
export function useDocumentLock(session: DocumentSession | null): DocumentLock {
  return useSyncExternalStore(session?.subscribe ?? subscribeToNothing, () => session?.getSnapshot().lock ?? UNKNOWN)
}
