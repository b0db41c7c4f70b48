import type * as Y from 'yjs'
import { addComment, createDocumentId, getComments, LIMITS, type Anchor, type Comment } from '@samskriv/shared'

/** Who writes: the account (or, without accounts, this device's author id) and the name shown. */
export interface CommentAuthor {
  readonly id: string
  readonly name: string
}

/** The longest comment text accepted (the relay's limit). */
export const MAX_COMMENT_LENGTH = LIMITS.maxCommentChars

function newComment(author: CommentAuthor, body: string, parentId: string | null, anchor: Anchor | null): Comment {
  return {
    id: createDocumentId(),
    parentId,
    authorId: author.id,
    authorName: author.name.slice(0, 200),
    createdAt: new Date().toISOString(),
    body: body.trim(),
    anchor,
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
    deleted: false,
    editedAt: null,
  }
}

/** Starts a thread on the anchored text or block; returns its id. */
export function startThread(doc: Y.Doc, author: CommentAuthor, body: string, anchor: Anchor): string {
  const comment = newComment(author, body, null, anchor)
  addComment(doc, comment)
  return comment.id
}

/** Adds a reply to a thread; returns its id. */
export function replyToThread(doc: Y.Doc, author: CommentAuthor, threadId: string, body: string): string {
  const comment = newComment(author, body, threadId, null)
  addComment(doc, comment)
  return comment.id
}

/** Resolves or reopens a thread, in the name of whoever does it. */
export function setThreadResolved(doc: Y.Doc, author: CommentAuthor, threadId: string, resolved: boolean): void {
  const thread = getComments(doc).get(threadId)
  if (thread === undefined) return
  doc.transact(() => {
    thread.set('resolved', resolved)
    thread.set('resolvedBy', resolved ? author.id : null)
    thread.set('resolvedAt', resolved ? new Date().toISOString() : null)
  })
}

/** Withdraws one's own comment: it stays (replies still make sense) but says it was withdrawn. */
export function withdrawComment(doc: Y.Doc, commentId: string): void {
  const comment = getComments(doc).get(commentId)
  if (comment === undefined) return
  doc.transact(() => {
    comment.set('deleted', true)
    comment.set('editedAt', new Date().toISOString())
  })
}
