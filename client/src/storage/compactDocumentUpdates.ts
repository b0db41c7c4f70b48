import * as Y from 'yjs'
import type { DocumentId } from '@samskriv/shared'
import type { LocalDatabase } from './LocalDatabase'

/** How many rows and bytes a document occupies after compaction. */
export interface StoredSize {
  rows: number
  bytes: number
}

/**
 * Merges every stored update of a document into one row. Reading, deleting and adding happen in
 * one read-write transaction, which IndexedDB serialises with every other writer of the table, so
 * a row another tab appends concurrently is either merged here or stays beside the merged row;
 * it is never deleted unread.
 */
export async function compactDocumentUpdates(db: LocalDatabase, documentId: DocumentId): Promise<StoredSize> {
  return db.transaction('rw', db.updates, async () => {
    const rows = await db.updates.where('documentId').equals(documentId).toArray()
    if (rows.length <= 1) {
      return { rows: rows.length, bytes: rows[0]?.update.byteLength ?? 0 }
    }
    const merged = Y.mergeUpdates(rows.map((row) => row.update))
    const ids = rows.flatMap((row) => (row.id === undefined ? [] : [row.id]))
    await db.updates.bulkDelete(ids)
    await db.updates.add({ documentId, update: merged })
    return { rows: 1, bytes: merged.byteLength }
  })
}
