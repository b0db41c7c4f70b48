import * as Y from 'yjs'
import { z } from 'zod'
import { LIMITS } from '../protocol/limits.js'

/**
 * The layout of a document's annotations: a Yjs document of its own (room `<id>/annotations`), so
 * approval locks the content but not the conversation about it, and commenters may write here
 * without edit rights on the content. One root:
 *
 * - `comments` (Y.Map): comment id → Y.Map with the fields of {@link Comment}.
 *
 * A thread is a root comment (with an anchor) and its replies (with `parentId`). Fields are
 * last-writer-wins; the relay lets only a comment's author change its text, anchor or deletion,
 * and anyone who may comment resolve or reopen a thread.
 */
export const ANNOTATION_ROOTS = { comments: 'comments' } as const

/** Where a thread points: a text range (as Yjs relative positions into the body) or a whole block. */
export const anchorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    /** Y.RelativePosition of the start, encoded and base64. */
    start: z.string().max(1000),
    /** Y.RelativePosition of the end, encoded and base64. */
    end: z.string().max(1000),
    /** The quoted text when the comment was made, shown if the text is deleted. */
    quote: z.string().max(2000),
  }),
  z.object({
    kind: z.literal('block'),
    /** The typed block's id (decision, activity, agenda item…). */
    blockId: z.string().max(64),
    /** What the block was called when the comment was made. */
    quote: z.string().max(2000),
  }),
])
export type Anchor = z.infer<typeof anchorSchema>

/** A comment as stored (one Y.Map per comment). */
export const commentSchema = z.object({
  id: z.string().min(1).max(64),
  /** The thread's root comment id; null for a root. */
  parentId: z.string().max(64).nullable(),
  /** Who wrote it: the account id (the relay checks it is the writer's). */
  authorId: z.string().max(64),
  authorName: z.string().max(200),
  createdAt: z.iso.datetime(),
  /** The text (plain). */
  body: z.string().max(LIMITS.maxCommentChars),
  /** Only on a root. */
  anchor: anchorSchema.nullable(),
  /** A thread's state (only on a root). */
  resolved: z.boolean(),
  resolvedBy: z.string().max(64).nullable(),
  resolvedAt: z.iso.datetime().nullable(),
  /** Withdrawn by its author; kept so replies still make sense. */
  deleted: z.boolean(),
  editedAt: z.iso.datetime().nullable(),
})
export type Comment = z.infer<typeof commentSchema>

/** Fields anyone who may comment may change on someone else's thread. */
export const SHARED_COMMENT_FIELDS: ReadonlySet<keyof Comment> = new Set(['resolved', 'resolvedBy', 'resolvedAt'])

/** The comments map of an annotations document. */
export function getComments(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ANNOTATION_ROOTS.comments)
}

/** Adds a comment (one transaction); returns its Y.Map. */
export function addComment(doc: Y.Doc, comment: Comment, origin?: unknown): Y.Map<unknown> {
  const valid = commentSchema.parse(comment)
  const entry = new Y.Map<unknown>()
  doc.transact(() => {
    for (const [key, value] of Object.entries(valid)) entry.set(key, value)
    getComments(doc).set(valid.id, entry)
  }, origin)
  return entry
}

/** Every comment that validates, oldest first; a malformed entry is skipped, never thrown. */
export function readComments(doc: Y.Doc): Comment[] {
  const comments: Comment[] = []
  getComments(doc).forEach((entry) => {
    if (!(entry instanceof Y.Map)) return
    const parsed = commentSchema.safeParse(entry.toJSON())
    if (parsed.success) comments.push(parsed.data)
  })
  return comments.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}
