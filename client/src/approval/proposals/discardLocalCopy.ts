import type { DocumentId } from '@samskriv/shared'
import type { LocalDatabase } from '../../storage/LocalDatabase'

/**
 * Forgets this device's copy of a document (its stored updates and its unsynced flag), so the next
 * session loads it afresh from the relay: the approved state, without the edits the relay refused
 * (which are kept as a proposal first).
 */
export async function discardLocalCopy(db: LocalDatabase, documentId: DocumentId): Promise<void> {
  await db.transaction('rw', db.updates, db.syncStates, async () => {
    await db.updates.where('documentId').equals(documentId).delete()
    await db.syncStates.delete(documentId)
  })
}
