import type pg from 'pg'
import type { MailOutbox, MailPatch, OutgoingMail } from '../MailOutbox.js'
import { MAIL_COLUMNS, mailFromRow, mailValues, type MailRow } from '../mailRow.js'

/** The notification e-mails in PostgreSQL (`notification_mails`). */
export class PostgresMailOutbox implements MailOutbox {
  constructor(private readonly pool: pg.Pool) {}

  async enqueue(mail: OutgoingMail): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO notification_mails (${MAIL_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (id) DO NOTHING`,
      mailValues(mail),
    )
    return rowCount === 1
  }

  async due(now: string, limit: number): Promise<OutgoingMail[]> {
    const { rows } = await this.pool.query<MailRow>(
      `SELECT * FROM notification_mails WHERE state = 'pending' AND next_attempt_at <= $1
       ORDER BY next_attempt_at, id LIMIT $2`,
      [now, limit],
    )
    return rows.map(mailFromRow)
  }

  async claim(id: string, nextAttemptAt: string, until: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE notification_mails SET next_attempt_at = $1
       WHERE id = $2 AND state = 'pending' AND next_attempt_at = $3`,
      [until, id, nextAttemptAt],
    )
    return rowCount === 1
  }

  async update(id: string, patch: MailPatch): Promise<void> {
    await this.pool.query(
      `UPDATE notification_mails SET state = $1, attempts = $2, next_attempt_at = $3, last_error = $4, sent_at = $5
       WHERE id = $6`,
      [patch.state, patch.attempts, patch.nextAttemptAt, patch.lastError, patch.sentAt, id],
    )
  }

  async get(id: string): Promise<OutgoingMail | null> {
    const { rows } = await this.pool.query<MailRow>('SELECT * FROM notification_mails WHERE id = $1', [id])
    return rows[0] ? mailFromRow(rows[0]) : null
  }
}
