import type pg from 'pg'
import type { FollowUpRecord, FollowUpStore } from '../FollowUpStore.js'
import { fromRow, type Row } from '../followUpRow.js'

/** The follow-up log in PostgreSQL (`follow_ups`). */
export class PostgresFollowUpStore implements FollowUpStore {
  constructor(private readonly pool: pg.Pool) {}

  async record(entry: FollowUpRecord): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO follow_ups (id, document_id, activity_id, version, status, comment, done_date, written_at,
         recorded_at, author_id, author_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (id) DO NOTHING`,
      [
        entry.id,
        entry.documentId,
        entry.activityId,
        entry.version,
        entry.status,
        entry.comment,
        entry.doneDate,
        entry.writtenAt,
        entry.recordedAt,
        entry.author.id,
        entry.author.name,
      ],
    )
    return rowCount === 1
  }

  async get(id: string): Promise<FollowUpRecord | null> {
    const { rows } = await this.pool.query<Row>('SELECT * FROM follow_ups WHERE id = $1', [id])
    return rows[0] ? fromRow(rows[0]) : null
  }

  async list(documentId: string): Promise<FollowUpRecord[]> {
    const { rows } = await this.pool.query<Row>(
      'SELECT * FROM follow_ups WHERE document_id = $1 ORDER BY written_at, id',
      [documentId],
    )
    return rows.map(fromRow)
  }
}
