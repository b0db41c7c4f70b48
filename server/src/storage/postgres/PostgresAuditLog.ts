import type pg from 'pg'
import type { AuditEntry, AuditLog } from '../AccountStore.js'

/** The audit log in PostgreSQL. */
export class PostgresAuditLog implements AuditLog {
  constructor(private readonly pool: pg.Pool) {}

  async record(e: AuditEntry): Promise<void> {
    await this.pool.query(
      'INSERT INTO audit_log (at, actor_id, action, subject, details) VALUES ($1, $2, $3, $4, $5)',
      [e.at, e.actorId, e.action, e.subject, JSON.stringify(e.details)],
    )
  }

  async list(limit: number): Promise<AuditEntry[]> {
    const { rows } = await this.pool.query<{
      at: string
      actor_id: string | null
      action: string
      subject: string
      details: string
    }>('SELECT * FROM audit_log ORDER BY id DESC LIMIT $1', [limit])
    return rows.map((r) => ({
      at: r.at,
      actorId: r.actor_id,
      action: r.action,
      subject: r.subject,
      details: JSON.parse(r.details) as Record<string, unknown>,
    }))
  }
}
