import { ANNOTATION_ROOTS, commentSchema, getComments, SHARED_COMMENT_FIELDS, type Comment } from '@samskriv/shared'
import * as Y from 'yjs'

type Snapshot = Map<string, Record<string, unknown>>

function snapshot(doc: Y.Doc): Snapshot {
  const entries: Snapshot = new Map()
  getComments(doc).forEach((entry, id) => {
    entries.set(id, entry instanceof Y.Map ? entry.toJSON() : { invalid: true })
  })
  return entries
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Why a client may not make this change to an annotations document, or null when it may. The
 * update is tried on a copy: only the comments root may change; every comment must validate; a
 * new comment must be the writer's own; only its author may change a comment's text, anchor or
 * deletion (anyone who may comment may resolve or reopen a thread, as themselves). `userId` null
 * (the server runs open, without accounts) skips the authorship rules, not the validation.
 */
export function annotationUpdateProblem(doc: Y.Doc, update: Uint8Array, userId: string | null): string | null {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  getComments(copy)
  const before = snapshot(copy)
  Y.applyUpdate(copy, update)
  for (const root of copy.share.keys()) {
    if (root !== ANNOTATION_ROOTS.comments) return `annotations hold only ${ANNOTATION_ROOTS.comments}, not ${root}`
  }
  const after = snapshot(copy)
  copy.destroy()
  const mine = (comment: Record<string, unknown>) => userId === null || comment.authorId === userId
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(id)
    const now = after.get(id)
    if (was && same(was, now)) continue
    if (!now) {
      if (!mine(was!)) return `only its author may remove comment ${id}`
      continue
    }
    const parsed = commentSchema.safeParse(now)
    if (!parsed.success || parsed.data.id !== id) return `comment ${id} does not validate`
    if (!was) {
      if (!mine(now)) return `a new comment must be the writer's own`
      continue
    }
    const changed = Object.keys({ ...was, ...now }).filter((key) => !same(was[key], now[key])) as Array<keyof Comment>
    if (changed.includes('authorId')) return `the author of comment ${id} cannot change`
    if (!mine(was) && changed.some((key) => !SHARED_COMMENT_FIELDS.has(key)))
      return `only its author may change comment ${id}`
    if (
      userId !== null &&
      changed.includes('resolvedBy') &&
      parsed.data.resolvedBy !== null &&
      parsed.data.resolvedBy !== userId
    ) {
      return `a thread is resolved in the resolver's own name`
    }
  }
  return null
}
