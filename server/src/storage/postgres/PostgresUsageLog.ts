import type pg from 'pg'
import type { UsageLog } from '../Storage.js'
import { inTransaction } from './pgClient.js'

/** The usage log in PostgreSQL (`usage_events`). */
export class PostgresUsageLog implements UsageLog {
  constructor(private readonly pool: pg.Pool) {}

  claim(action: string, actorId: string, at: string, window: { since: string; max: number }): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      // Claims of one person and action take turns across processes: two cannot both see room for one more.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`samskriv:usage:${action}:${actorId}`])
      await client.query('DELETE FROM usage_events WHERE action = $1 AND actor_id = $2 AND at < $3', [
        action,
        actorId,
        window.since,
      ])
      const { rows } = await client.query<{ done: number }>(
        'SELECT count(*) AS done FROM usage_events WHERE action = $1 AND actor_id = $2',
        [action, actorId],
      )
      if ((rows[0]?.done ?? 0) >= window.max) return false
      await client.query('INSERT INTO usage_events (action, actor_id, at) VALUES ($1, $2, $3)', [action, actorId, at])
      return true
    })
  }
}
