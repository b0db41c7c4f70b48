import type { Database } from 'better-sqlite3'
import type { FollowUpRecord, FollowUpStore } from './FollowUpStore.js'
import { fromRow, type Row } from './followUpRow.js'
import { settle } from './settle.js'

/** The follow-up log in SQLite (`follow_ups`). */
export class SqliteFollowUpStore implements FollowUpStore {
  constructor(private readonly db: Database) {}

  record(entry: FollowUpRecord): Promise<boolean> {
    return settle(
      () =>
        this.db
          .prepare(
            `INSERT INTO follow_ups (id, document_id, activity_id, version, status, comment, done_date, written_at,
               recorded_at, author_id, author_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          )
          .run(
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
          ).changes === 1,
    )
  }

  get(id: string): Promise<FollowUpRecord | null> {
    return settle(() => {
      const row = this.db.prepare<[string], Row>('SELECT * FROM follow_ups WHERE id = ?').get(id)
      return row ? fromRow(row) : null
    })
  }

  list(documentId: string): Promise<FollowUpRecord[]> {
    return settle(() =>
      this.db
        .prepare<[string], Row>('SELECT * FROM follow_ups WHERE document_id = ? ORDER BY written_at, id')
        .all(documentId)
        .map(fromRow),
    )
  }
}
