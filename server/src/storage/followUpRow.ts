import type { ActivityStatus } from '@samskriv/shared'
import type { FollowUpRecord } from './FollowUpStore.js'

/** A stored follow-up as SQLite and PostgreSQL return it (`follow_ups`). */
export interface Row {
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

export const fromRow = (row: Row): FollowUpRecord => ({
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
