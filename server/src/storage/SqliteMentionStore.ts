import type { Database } from 'better-sqlite3'
import { diffMentions, type MentionChanges, type MentionRecord, type MentionStore } from './MentionStore.js'
import { MENTION_COLUMNS, mentionFromRow, mentionValues, type MentionRow } from './mentionRow.js'
import { settle } from './settle.js'

/** Mentions in SQLite (`mentions`). */
export class SqliteMentionStore implements MentionStore {
  constructor(private readonly db: Database) {}

  replaceDocument(documentId: string, mentions: readonly MentionRecord[]): Promise<MentionChanges> {
    return settle(() =>
      this.db.transaction(() => {
        const stored = this.db
          .prepare<[string], MentionRow>('SELECT * FROM mentions WHERE document_id = ?')
          .all(documentId)
          .map(mentionFromRow)
        const { insert, remove, seen, affected } = diffMentions(stored, mentions)
        const add = this.db.prepare(`INSERT INTO mentions (${MENTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        const drop = this.db.prepare('DELETE FROM mentions WHERE document_id = ? AND comment_id = ? AND user_id = ?')
        const mark = this.db.prepare(
          'UPDATE mentions SET seen_at = ? WHERE document_id = ? AND comment_id = ? AND user_id = ? AND seen_at IS NULL',
        )
        for (const m of remove) drop.run(documentId, m.commentId, m.userId)
        for (const m of insert) add.run(...mentionValues(m))
        for (const m of seen) mark.run(m.seenAt, documentId, m.commentId, m.userId)
        return { added: insert, affected }
      })(),
    )
  }

  unseenFor(userId: string): Promise<MentionRecord[]> {
    return settle(() =>
      this.db
        .prepare<[string], MentionRow>(
          'SELECT * FROM mentions WHERE user_id = ? AND seen_at IS NULL ORDER BY created_at, comment_id',
        )
        .all(userId)
        .map(mentionFromRow),
    )
  }

  markSeen(userId: string, documentId: string, commentId: string, at: string): Promise<boolean> {
    return settle(
      () =>
        this.db
          .prepare(
            'UPDATE mentions SET seen_at = ? WHERE document_id = ? AND comment_id = ? AND user_id = ? AND seen_at IS NULL',
          )
          .run(at, documentId, commentId, userId).changes === 1,
    )
  }
}
