import type pg from 'pg'
import { snapshotFromRow, summaryFromRow, SUMMARY_COLUMNS, type SnapshotRow } from '../snapshotRow.js'
import type { SnapshotRecord, SnapshotStore, SnapshotSummaryRecord } from '../SnapshotStore.js'
import { toBuffer } from './pgClient.js'

/** Drafts' history in PostgreSQL (`draft_snapshots`). */
export class PostgresSnapshotStore implements SnapshotStore {
  constructor(private readonly pool: pg.Pool) {}

  async record(snapshot: SnapshotRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO draft_snapshots (id, document_id, revision, taken_at, authors, characters, content_hash, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        snapshot.id,
        snapshot.documentId,
        snapshot.revision,
        snapshot.takenAt,
        JSON.stringify(snapshot.authors),
        snapshot.characters,
        snapshot.contentHash,
        toBuffer(snapshot.state),
      ],
    )
  }

  async list(documentId: string, revision: number): Promise<SnapshotSummaryRecord[]> {
    const { rows } = await this.pool.query<SnapshotRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM draft_snapshots WHERE document_id = $1 AND revision = $2
       ORDER BY taken_at DESC, id DESC`,
      [documentId, revision],
    )
    return rows.map(summaryFromRow)
  }

  async latest(documentId: string): Promise<SnapshotSummaryRecord | null> {
    const { rows } = await this.pool.query<SnapshotRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM draft_snapshots WHERE document_id = $1 ORDER BY taken_at DESC, id DESC LIMIT 1`,
      [documentId],
    )
    return rows[0] ? summaryFromRow(rows[0]) : null
  }

  async get(documentId: string, id: string): Promise<SnapshotRecord | null> {
    const { rows } = await this.pool.query<SnapshotRow>(
      'SELECT * FROM draft_snapshots WHERE document_id = $1 AND id = $2',
      [documentId, id],
    )
    return rows[0] ? snapshotFromRow(rows[0]) : null
  }

  async remove(documentId: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return
    await this.pool.query('DELETE FROM draft_snapshots WHERE document_id = $1 AND id = ANY($2::text[])', [
      documentId,
      [...ids],
    ])
  }
}
