import type { Database } from 'better-sqlite3'
import type { ActivityStatus } from '@samskriv/shared'
import type { FollowUpRecord, FollowUpStore } from './FollowUpStore.js'
import { settle } from './settle.js'

interface Row {
  id: string
  document_id: string
  activity_id: string
  version: number
  status: string | null
  comment: string
  done_date: string | null
  written_at: string
  recorded_at: string
  author_id: string
  author_name: string
}

const fromRow = (row: Row): FollowUpRecord => ({
  id: row.id,
  documentId: row.document_id,
  activityId: row.activity_id,
  version: row.version,
  status: row.status as ActivityStatus | null,
  comment: row.comment,
  doneDate: row.done_date,
  writtenAt: row.written_at,
  recordedAt: row.recorded_at,
  author: { id: row.author_id, name: row.author_name },
})

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
