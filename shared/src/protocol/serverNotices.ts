import { z } from 'zod'

/**
 * The server's notices to a signed-in person's app (a websocket at {@link NOTICES_PATH}, apart from
 * the documents' relay rooms): which of the server's data changed for them, by topic, so the app
 * fetches it again instead of asking over and over. A notice carries no data itself.
 */
export const NOTICES_PATH = '/notices'

/** The topics: what changed. */
export const NOTICE_TOPICS = {
  /** The person's to-dos (justering, proposals, mentions, overdue activities). */
  todos: 'todos',
  /** The list of documents (created, renamed, trashed, approved). */
  documents: 'documents',
  /** The decision register and the activity overview. */
  registers: 'registers',
  /** One document's approval, versions, justering or proposals. */
  document: (documentId: string) => `document:${documentId}`,
  /** One plan's follow-up log. */
  followUp: (documentId: string) => `followUp:${documentId}`,
  /** One document's draft history. */
  history: (documentId: string) => `history:${documentId}`,
} as const

/** One notice: the topics whose data changed. */
export const serverNoticeSchema = z.object({ topics: z.array(z.string().max(200)).min(1).max(50) })
export type ServerNotice = z.infer<typeof serverNoticeSchema>
