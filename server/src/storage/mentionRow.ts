import type { MentionRecord } from './MentionStore.js'

/** A stored row of `mentions` (SQLite and PostgreSQL alike). */
export interface MentionRow {
  document_id: string
  comment_id: string
  thread_id: string
  user_id: string
  author_id: string
  author_name: string
  excerpt: string
  created_at: string
  seen_at: string | null
}

export const mentionFromRow = (row: MentionRow): MentionRecord => ({
  documentId: row.document_id,
  commentId: row.comment_id,
  threadId: row.thread_id,
  userId: row.user_id,
  authorId: row.author_id,
  authorName: row.author_name,
  excerpt: row.excerpt,
  createdAt: row.created_at,
  seenAt: row.seen_at,
})

/** The values of an insert, in the column order of {@link MENTION_COLUMNS}. */
export const mentionValues = (m: MentionRecord): Array<string | null> => [
  m.documentId,
  m.commentId,
  m.threadId,
  m.userId,
  m.authorId,
  m.authorName,
  m.excerpt,
  m.createdAt,
  m.seenAt,
]

export const MENTION_COLUMNS =
  'document_id, comment_id, thread_id, user_id, author_id, author_name, excerpt, created_at, seen_at'
