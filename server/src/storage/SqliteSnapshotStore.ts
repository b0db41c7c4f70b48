import type { Database } from 'better-sqlite3'
import { settle } from './settle.js'
import { snapshotFromRow, summaryFromRow, SUMMARY_COLUMNS, type SnapshotRow } from './snapshotRow.js'
import type { SnapshotRecord, SnapshotStore, SnapshotSummaryRecord } from './SnapshotStore.js'

/** Drafts' history in SQLite (`draft_snapshots`). */
export class SqliteSnapshotStore implements SnapshotStore {
  constructor(private readonly db: Database) {}

  record(snapshot: SnapshotRecord): Promise<void> {
    return settle(() => {
      this.db
        .prepare(
          `INSERT INTO draft_snapshots (id, document_id, revision, taken_at, authors, characters, content_hash, state)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          snapshot.id,
          snapshot.documentId,
          snapshot.revision,
          snapshot.takenAt,
          JSON.stringify(snapshot.authors),
          snapshot.characters,
          snapshot.contentHash,
          Buffer.from(snapshot.state),
        )
    })
  }

  list(documentId: string, revision: number): Promise<SnapshotSummaryRecord[]> {
    return settle(() =>
      this.db
        .prepare<[string, number], SnapshotRow>(
          `SELECT ${SUMMARY_COLUMNS} FROM draft_snapshots WHERE document_id = ? AND revision = ?
           ORDER BY taken_at DESC, id DESC`,
        )
        .all(documentId, revision)
        .map(summaryFromRow),
    )
  }

  latest(documentId: string): Promise<SnapshotSummaryRecord | null> {
    return settle(() => {
      const row = this.db
        .prepare<[string], SnapshotRow>(
          `SELECT ${SUMMARY_COLUMNS} FROM draft_snapshots WHERE document_id = ? ORDER BY taken_at DESC, id DESC LIMIT 1`,
        )
        .get(documentId)
      return row ? summaryFromRow(row) : null
    })
  }

  get(documentId: string, id: string): Promise<SnapshotRecord | null> {
    return settle(() => {
      const row = this.db
        .prepare<[string, string], SnapshotRow>('SELECT * FROM draft_snapshots WHERE document_id = ? AND id = ?')
        .get(documentId, id)
      return row ? snapshotFromRow(row) : null
    })
  }

  remove(documentId: string, ids: readonly string[]): Promise<void> {
    return settle(() => {
      const statement = this.db.prepare('DELETE FROM draft_snapshots WHERE document_id = ? AND id = ?')
      this.db.transaction(() => {
        for (const id of ids) statement.run(documentId, id)
      })()
    })
  }
}
