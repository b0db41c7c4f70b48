import type pg from 'pg'
import { diffMentions, type MentionChanges, type MentionRecord, type MentionStore } from '../MentionStore.js'
import { MENTION_COLUMNS, mentionFromRow, mentionValues, type MentionRow } from '../mentionRow.js'
import { inTransaction } from './pgClient.js'

/** Mentions in PostgreSQL (`mentions`). */
export class PostgresMentionStore implements MentionStore {
  constructor(private readonly pool: pg.Pool) {}

  replaceDocument(documentId: string, mentions: readonly MentionRecord[]): Promise<MentionChanges> {
    return inTransaction(this.pool, async (client) => {
      // One projection of a document at a time, also across processes.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('samskriv:mentions:' || $1))", [documentId])
      const { rows } = await client.query<MentionRow>('SELECT * FROM mentions WHERE document_id = $1', [documentId])
      const { insert, remove, seen, affected } = diffMentions(rows.map(mentionFromRow), mentions)
      for (const m of remove) {
        await client.query('DELETE FROM mentions WHERE document_id = $1 AND comment_id = $2 AND user_id = $3', [
          documentId,
          m.commentId,
          m.userId,
        ])
      }
      for (const m of insert) {
        await client.query(
          `INSERT INTO mentions (${MENTION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT DO NOTHING`,
          mentionValues(m),
        )
      }
      for (const m of seen) {
        await client.query(
          `UPDATE mentions SET seen_at = $1
           WHERE document_id = $2 AND comment_id = $3 AND user_id = $4 AND seen_at IS NULL`,
          [m.seenAt, documentId, m.commentId, m.userId],
        )
      }
      return { added: insert, affected }
    })
  }

  async unseenFor(userId: string): Promise<MentionRecord[]> {
    const { rows } = await this.pool.query<MentionRow>(
      'SELECT * FROM mentions WHERE user_id = $1 AND seen_at IS NULL ORDER BY created_at, comment_id',
      [userId],
    )
    return rows.map(mentionFromRow)
  }

  async markSeen(userId: string, documentId: string, commentId: string, at: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE mentions SET seen_at = $1
       WHERE document_id = $2 AND comment_id = $3 AND user_id = $4 AND seen_at IS NULL`,
      [at, documentId, commentId, userId],
    )
    return rowCount === 1
  }
}
