import { useMemo, useSyncExternalStore } from 'react'
import type { RelayAccess } from '@samskriv/shared'
import type { DocumentSession } from './DocumentSession'
import { describeDocumentLock, type DocumentLock } from './documentLock'

const subscribeToNothing = (): (() => void) => () => {}
const UNKNOWN = describeDocumentLock(null, null)

/**
 * The open document's lock, access and revision (see {@link DocumentLock}); re-renders only when
 * they change. A draft open for editing while there is no session. `expectedAccess` is what this
 * person's role in the document's group allows as known on the device: until the relay has said
 * (offline, say), a reader's editor is read-only already.
 */
export function useDocumentLock(
  session: DocumentSession | null,
  expectedAccess: RelayAccess | null = null,
): DocumentLock {
  const lock = useSyncExternalStore(
    session?.subscribe ?? subscribeToNothing,
    () => session?.getSnapshot().lock ?? UNKNOWN,
  )
  return useMemo(
    () =>
      lock.access === null && expectedAccess !== null && expectedAccess !== 'edit' && lock.readOnlyReason === null
        ? { ...lock, access: expectedAccess, readOnlyReason: 'readAccess' }
        : lock,
    [lock, expectedAccess],
  )
}
