import type { Database } from 'better-sqlite3'
import type { MailOutbox, MailPatch, OutgoingMail } from './MailOutbox.js'
import { MAIL_COLUMNS, mailFromRow, mailValues, type MailRow } from './mailRow.js'
import { settle } from './settle.js'

/** The notification e-mails in SQLite (`notification_mails`). */
export class SqliteMailOutbox implements MailOutbox {
  constructor(private readonly db: Database) {}

  enqueue(mail: OutgoingMail): Promise<boolean> {
    return settle(
      () =>
        this.db
          .prepare(
            `INSERT INTO notification_mails (${MAIL_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (id) DO NOTHING`,
          )
          .run(...mailValues(mail)).changes === 1,
    )
  }

  due(now: string, limit: number): Promise<OutgoingMail[]> {
    return settle(() =>
      this.db
        .prepare<[string, number], MailRow>(
          `SELECT * FROM notification_mails WHERE state = 'pending' AND next_attempt_at <= ?
           ORDER BY next_attempt_at, id LIMIT ?`,
        )
        .all(now, limit)
        .map(mailFromRow),
    )
  }

  claim(id: string, nextAttemptAt: string, until: string): Promise<boolean> {
    return settle(
      () =>
        this.db
          .prepare(
            `UPDATE notification_mails SET next_attempt_at = ?
             WHERE id = ? AND state = 'pending' AND next_attempt_at = ?`,
          )
          .run(until, id, nextAttemptAt).changes === 1,
    )
  }

  update(id: string, patch: MailPatch): Promise<void> {
    return settle(() => {
      this.db
        .prepare(
          `UPDATE notification_mails SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ?, sent_at = ?
           WHERE id = ?`,
        )
        .run(patch.state, patch.attempts, patch.nextAttemptAt, patch.lastError, patch.sentAt, id)
    })
  }

  get(id: string): Promise<OutgoingMail | null> {
    return settle(() => {
      const row = this.db.prepare<[string], MailRow>('SELECT * FROM notification_mails WHERE id = ?').get(id)
      return row ? mailFromRow(row) : null
    })
  }
}
