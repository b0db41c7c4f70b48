/** A person mentioned in a comment, who may read its document: a to-do until they have seen it. */
export interface MentionRecord {
  readonly documentId: string
  readonly commentId: string
  /** The thread's root comment. */
  readonly threadId: string
  /** The person mentioned. */
  readonly userId: string
  readonly authorId: string
  readonly authorName: string
  /** The start of the comment's text, mentions as `@Name`. */
  readonly excerpt: string
  /** When the comment was written. */
  readonly createdAt: string
  /** When the person saw it (opened it, marked it done, or replied); null while it waits. */
  readonly seenAt: string | null
}

/** What changed when a document's mentions were brought up to date. */
export interface MentionChanges {
  /** Mentions stored for the first time. */
  readonly added: MentionRecord[]
  /** The people whose to-dos changed (added, removed or now seen). */
  readonly affected: string[]
}

/**
 * Who is mentioned in which comment, derived from the stored comments (so it can always be derived
 * again): a mention keeps its "seen" mark while its comment keeps mentioning the person.
 */
export interface MentionStore {
  /**
   * Makes a document's mentions these (one transaction): new ones are stored, ones no longer in
   * the comments are removed, and an unseen one given with `seenAt` (the person replied) is marked
   * seen. Existing ones keep their fields otherwise.
   */
  replaceDocument(documentId: string, mentions: readonly MentionRecord[]): Promise<MentionChanges>
  /** A person's unseen mentions, oldest first. */
  unseenFor(userId: string): Promise<MentionRecord[]>
  /** Marks a person's mention seen; false when there was no unseen one. */
  markSeen(userId: string, documentId: string, commentId: string, at: string): Promise<boolean>
}

/** The key of a mention within its document. */
export const mentionKey = (m: Pick<MentionRecord, 'commentId' | 'userId'>): string => `${m.commentId}\u0000${m.userId}`

/**
 * What bringing a document's stored mentions to `next` changes, for stores that diff in code:
 * the mentions to insert, the keys to delete and the keys to mark seen.
 */
export function diffMentions(
  stored: readonly MentionRecord[],
  next: readonly MentionRecord[],
): { insert: MentionRecord[]; remove: MentionRecord[]; seen: MentionRecord[]; affected: string[] } {
  const before = new Map(stored.map((m) => [mentionKey(m), m]))
  const after = new Map(next.map((m) => [mentionKey(m), m]))
  const insert = [...after.values()].filter((m) => !before.has(mentionKey(m)))
  const remove = [...before.values()].filter((m) => !after.has(mentionKey(m)))
  const seen = [...after.values()].filter((m) => m.seenAt !== null && before.get(mentionKey(m))?.seenAt === null)
  const affected = [...new Set([...insert, ...remove, ...seen].map((m) => m.userId))]
  return { insert, remove, seen, affected }
}
