import * as Y from 'yjs'
import type { DocumentId } from '@samskriv/shared'
import type { StoredSize } from './compactDocumentUpdates'
import type { LocalDatabase } from './LocalDatabase'

/** A document's state as stored on the device. */
export interface StoredDocument {
  /** Every stored update merged into one, or null when nothing is stored. */
  update: Uint8Array | null
  /** How many rows and bytes it occupies (for compaction). */
  size: StoredSize
  /** The bytes of its largest row: about what it occupied after its last compaction. */
  largestRowBytes: number
  /** The document's pending writers (see `DocumentSyncState`) at the time of reading. */
  pendingWriters: Record<string, number>
}

/** Reads a document's updates and sync state in one transaction, so they describe the same moment. */
export async function readStoredDocument(db: LocalDatabase, documentId: DocumentId): Promise<StoredDocument> {
  const { rows, syncState } = await db.transaction('r', db.updates, db.syncStates, async () => ({
    rows: await db.updates.where('documentId').equals(documentId).toArray(),
    syncState: await db.syncStates.get(documentId),
  }))
  return {
    update: rows.length === 0 ? null : Y.mergeUpdates(rows.map((row) => row.update)),
    size: { rows: rows.length, bytes: rows.reduce((sum, row) => sum + row.update.byteLength, 0) },
    largestRowBytes: rows.reduce((largest, row) => Math.max(largest, row.update.byteLength), 0),
    pendingWriters: { ...syncState?.pendingWriters },
  }
}
