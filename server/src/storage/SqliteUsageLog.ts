import type { Database } from 'better-sqlite3'
import { settle } from './settle.js'
import type { UsageLog } from './Storage.js'

/** The usage log in SQLite (`usage_events`). */
export class SqliteUsageLog implements UsageLog {
  constructor(private readonly db: Database) {}

  claim(action: string, actorId: string, at: string, window: { since: string; max: number }): Promise<boolean> {
    return settle(
      this.db.transaction(() => {
        this.db
          .prepare('DELETE FROM usage_events WHERE action = ? AND actor_id = ? AND at < ?')
          .run(action, actorId, window.since)
        const { done } = this.db
          .prepare<[string, string], { done: number }>(
            'SELECT count(*) AS done FROM usage_events WHERE action = ? AND actor_id = ?',
          )
          .get(action, actorId)!
        if (done >= window.max) return false
        this.db.prepare('INSERT INTO usage_events (action, actor_id, at) VALUES (?, ?, ?)').run(action, actorId, at)
        return true
      }),
    )
  }
}
