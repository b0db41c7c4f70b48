import type { MailKind, MailState, OutgoingMail } from './MailOutbox.js'

/** A stored row of `notification_mails` (SQLite and PostgreSQL alike). */
export interface MailRow {
  id: string
  recipient_id: string
  kind: string
  document_id: string
  payload: string
  created_at: string
  state: string
  attempts: number
  next_attempt_at: string
  last_error: string | null
  sent_at: string | null
}

export const mailFromRow = (row: MailRow): OutgoingMail => ({
  id: row.id,
  recipientId: row.recipient_id,
  kind: row.kind as MailKind,
  documentId: row.document_id,
  payload: JSON.parse(row.payload) as Record<string, string>,
  createdAt: row.created_at,
  state: row.state as MailState,
  attempts: Number(row.attempts),
  nextAttemptAt: row.next_attempt_at,
  lastError: row.last_error,
  sentAt: row.sent_at,
})

export const MAIL_COLUMNS =
  'id, recipient_id, kind, document_id, payload, created_at, state, attempts, next_attempt_at, last_error, sent_at'

/** The values of an insert, in the order of {@link MAIL_COLUMNS}. */
export const mailValues = (m: OutgoingMail): Array<string | number | null> => [
  m.id,
  m.recipientId,
  m.kind,
  m.documentId,
  JSON.stringify(m.payload),
  m.createdAt,
  m.state,
  m.attempts,
  m.nextAttemptAt,
  m.lastError,
  m.sentAt,
]
