import type { Database } from 'better-sqlite3'
import type { AuditEntry, AuditLog } from './AccountStore.js'
import { settle } from './settle.js'

/** The audit log in SQLite. */
export class SqliteAuditLog implements AuditLog {
  constructor(private readonly db: Database) {}

  record(e: AuditEntry): Promise<void> {
    return settle(() => {
      this.db
        .prepare('INSERT INTO audit_log (at, actor_id, action, subject, details) VALUES (?, ?, ?, ?, ?)')
        .run(e.at, e.actorId, e.action, e.subject, JSON.stringify(e.details))
    })
  }

  list(limit: number): Promise<AuditEntry[]> {
    return settle(() =>
      this.db
        .prepare<[number], { at: string; actor_id: string | null; action: string; subject: string; details: string }>(
          'SELECT * FROM audit_log ORDER BY id DESC LIMIT ?',
        )
        .all(limit)
        .map((r) => ({
          at: r.at,
          actorId: r.actor_id,
          action: r.action,
          subject: r.subject,
          details: JSON.parse(r.details) as Record<string, unknown>,
        })),
    )
  }
}
