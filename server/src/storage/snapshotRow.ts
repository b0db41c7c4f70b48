import type { SnapshotAuthorRecord, SnapshotRecord, SnapshotSummaryRecord } from './SnapshotStore.js'

/** A stored snapshot as SQLite and PostgreSQL return it (`draft_snapshots`), state optional. */
export interface SnapshotRow {
  id: string
  document_id: string
  revision: number
  taken_at: string
  authors: string
  characters: number
  content_hash: string
  state?: Uint8Array
}

/** The columns of a listed snapshot (everything but its state). */
export const SUMMARY_COLUMNS = 'id, document_id, revision, taken_at, authors, characters, content_hash'

export const summaryFromRow = (row: SnapshotRow): SnapshotSummaryRecord => ({
  id: row.id,
  documentId: row.document_id,
  revision: Number(row.revision),
  takenAt: row.taken_at,
  authors: JSON.parse(row.authors) as SnapshotAuthorRecord[],
  characters: Number(row.characters),
  contentHash: row.content_hash,
})

export const snapshotFromRow = (row: SnapshotRow): SnapshotRecord => {
  const state = row.state ?? new Uint8Array()
  return {
    ...summaryFromRow(row),
    state: new Uint8Array(state.buffer, state.byteOffset, state.byteLength),
  }
}
