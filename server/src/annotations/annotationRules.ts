import {
  CloseCode,
  commentSchema,
  getComments,
  LIMITS,
  SHARED_COMMENT_FIELDS,
  type CloseCodeValue,
  type Comment,
  type Limits,
} from '@samskriv/shared'
import * as Y from 'yjs'
import { locateChanges } from '../relay/locateChanges.js'
import type { UpdateActor, UpdateRules, UpdateToJudge, Verdict } from '../relay/UpdateRules.js'
import { collectCommentChanges, type CommentChanges } from './collectCommentChanges.js'
import { commentIndex } from './commentIndex.js'

/** Fields that never change once a comment exists (the server stamps the name and time). */
const FIXED_FIELDS: ReadonlySet<string> = new Set(['id', 'parentId', 'authorId', 'authorName', 'createdAt'])
/** Times the server stamps when a client sets them. */
const STAMPED_TIMES = ['editedAt', 'resolvedAt'] as const

type CommentLimits = Pick<
  Limits,
  'maxCommentsPerDocument' | 'maxCommentsPerPersonPerDocument' | 'maxCommentChars' | 'maxCommentBytes'
>

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const refuse = (problem: string): Verdict => ({ ok: false, problem })
const overLimit = (closeCode: CloseCodeValue, problem: string): Verdict => ({
  ok: false,
  problem,
  closeCode,
})

function tooLarge(comment: Record<string, unknown>, limits: CommentLimits): string | null {
  const body = comment.body
  if (typeof body === 'string' && body.length > limits.maxCommentChars)
    return `comment text longer than ${limits.maxCommentChars} characters`
  if (Buffer.byteLength(JSON.stringify(comment)) > limits.maxCommentBytes)
    return `comment larger than ${limits.maxCommentBytes} bytes`
  return null
}

/** The stored comment as plain fields, or null when there is none (or it is not a map). */
function stored(doc: Y.Doc, id: string): Record<string, unknown> | null {
  const entry = getComments(doc).get(id)
  return entry instanceof Y.Map ? entry.toJSON() : null
}

/**
 * The rules of a document's comments, judged on each update's located changes (never on a copy of
 * the document): only the `comments` root changes; every comment validates; a new comment is the
 * writer's own; only its author changes its text, anchor or withdrawal or removes it; anyone who
 * may comment resolves or reopens a thread, in their own name. Who wrote a comment and when are
 * the server's to say: the account's name and the server's time replace what the client sent, and
 * never change later. Limits: comments per document and per person, and each comment's size.
 * `userId` null (the server runs open, without accounts) skips the authorship rules, not the rest.
 */
export function annotationRules(options: { limits?: Partial<CommentLimits>; now?: () => Date } = {}): UpdateRules {
  const limits: CommentLimits = { ...LIMITS, ...options.limits }
  const now = options.now ?? (() => new Date())
  return {
    describe: true,
    judge(input: UpdateToJudge): Verdict {
      if (!input.described) return refuse('update was not described')
      if (input.waits) return refuse('the update depends on comments the relay does not have')
      const located = locateChanges(input.doc, input.described)
      if (located.unplaced > 0) return refuse('the update depends on comments the relay does not have')
      const changes = collectCommentChanges(located)
      if (typeof changes === 'string') return refuse(changes)
      return judgeComments(input.doc, changes, input.actor, limits, now)
    },
  }
}

function judgeComments(
  doc: Y.Doc,
  changes: CommentChanges,
  actor: UpdateActor,
  limits: CommentLimits,
  now: () => Date,
): Verdict {
  const mine = (comment: Record<string, unknown>) => actor.userId === null || comment.authorId === actor.userId
  const removed = new Map<string, Record<string, unknown>>()
  for (const id of [...changes.removed, ...changes.created.keys()]) {
    const existing = stored(doc, id)
    if (existing) removed.set(id, existing)
  }
  for (const [id, existing] of removed) if (!mine(existing)) return refuse(`only its author may remove comment ${id}`)

  for (const [id, fields] of changes.created) {
    const size = tooLarge(fields, limits)
    if (size) return overLimit(CloseCode.commentTooLarge, size)
    const parsed = commentSchema.safeParse(fields)
    if (!parsed.success || parsed.data.id !== id) return refuse(`comment ${id} does not validate`)
    if (!mine(fields)) return refuse(`a new comment must be the writer's own`)
  }

  for (const [id, fields] of changes.changed) {
    if (removed.has(id)) continue
    const existing = stored(doc, id)
    if (!existing) continue // A comment removed meanwhile: the values land in garbage.
    const next: Record<string, unknown> = { ...existing }
    for (const [field, values] of fields) {
      for (const value of values) {
        if (same(value, existing[field])) continue
        if (FIXED_FIELDS.has(field)) return refuse(`the ${field} of comment ${id} cannot change`)
        if (!mine(existing) && !SHARED_COMMENT_FIELDS.has(field as keyof Comment))
          return refuse(`only its author may change comment ${id}`)
        if (actor.userId !== null && field === 'resolvedBy' && value !== null && value !== actor.userId)
          return refuse(`a thread is resolved in the resolver's own name`)
        next[field] = value
        const size = tooLarge(next, limits)
        if (size) return overLimit(CloseCode.commentTooLarge, size)
        if (!commentSchema.safeParse(next).success) return refuse(`comment ${id} does not validate`)
      }
    }
  }
  for (const [id, fields] of changes.clearedFields) {
    if (!removed.has(id) && fields.size > 0 && stored(doc, id)) return refuse(`comment ${id} does not validate`)
  }

  const count = countLimit(doc, changes, removed, limits)
  if (count) return overLimit(CloseCode.tooManyComments, count)
  return { ok: true, afterApply: stamp(changes, actor, now) }
}

/** Why the new comments are over a limit, or null. Counts only when comments are added. */
function countLimit(
  doc: Y.Doc,
  changes: CommentChanges,
  removed: ReadonlyMap<string, Record<string, unknown>>,
  limits: CommentLimits,
): string | null {
  if (changes.created.size === 0) return null
  const index = commentIndex(doc)
  if (index.authors.size - removed.size + changes.created.size > limits.maxCommentsPerDocument)
    return `a document has at most ${limits.maxCommentsPerDocument} comments`
  const authors = new Map<unknown, number>()
  for (const fields of changes.created.values()) authors.set(fields.authorId, (authors.get(fields.authorId) ?? 0) + 1)
  for (const existing of removed.values())
    if (authors.has(existing.authorId)) authors.set(existing.authorId, authors.get(existing.authorId)! - 1)
  for (const [author, count] of authors) authors.set(author, count + (index.perAuthor.get(author) ?? 0))
  for (const total of authors.values()) {
    if (total > limits.maxCommentsPerPersonPerDocument)
      return `a person has at most ${limits.maxCommentsPerPersonPerDocument} comments in a document`
  }
  return null
}

/**
 * The new comments of one update in the order their writer made them (by the time the client
 * wrote; a missing or unreadable time last), so that the server's times keep that order.
 */
function inWrittenOrder(created: CommentChanges['created']): string[] {
  const written = (fields: Record<string, unknown>) =>
    typeof fields.createdAt === 'string' && !Number.isNaN(Date.parse(fields.createdAt))
      ? Date.parse(fields.createdAt)
      : Number.POSITIVE_INFINITY
  return [...created].sort(([, a], [, b]) => written(a) - written(b) || 0).map(([id]) => id)
}

/**
 * The server's name and time on what the update wrote: who wrote a comment, and when. Comments
 * arriving together (written offline, sent on reconnecting) get times a millisecond apart in the
 * order they were written, so a thread and its replies keep their order.
 */
function stamp(changes: CommentChanges, actor: UpdateActor, now: () => Date): ((doc: Y.Doc) => void) | undefined {
  const start = now().getTime()
  const at = new Date(start).toISOString()
  const stamps: Array<[id: string, field: string, value: string]> = []
  inWrittenOrder(changes.created).forEach((id, index) => {
    const fields = changes.created.get(id)!
    const time = new Date(start + index).toISOString()
    if (fields.createdAt !== time) stamps.push([id, 'createdAt', time])
    if (actor.userName !== null && fields.authorName !== actor.userName) stamps.push([id, 'authorName', actor.userName])
  })
  for (const [id, fields] of changes.changed) {
    for (const field of STAMPED_TIMES)
      if (fields.get(field)?.some((value) => value !== null)) stamps.push([id, field, at])
  }
  if (stamps.length === 0) return undefined
  return (doc) => {
    const comments = getComments(doc)
    for (const [id, field, value] of stamps) {
      const entry = comments.get(id)
      // A time cleared meanwhile (a thread reopened) stays cleared.
      if (entry instanceof Y.Map && entry.get(field) !== null) entry.set(field, value)
    }
  }
}
