import { ANNOTATION_ROOTS } from '@samskriv/shared'
import type { LocatedChanges } from '../relay/locateChanges.js'

/** What an update does to an annotations document's comments, comment by comment. */
export interface CommentChanges {
  /** New comments: their fields as the update writes them. */
  readonly created: Map<string, Record<string, unknown>>
  /** Fields written on existing comments: every value the update writes for each. */
  readonly changed: Map<string, Map<string, unknown[]>>
  /** Existing comments removed (or replaced by a new comment with the same id). */
  readonly removed: Set<string>
  /** Fields of existing comments deleted without a new value. */
  readonly clearedFields: Map<string, Set<string>>
}

/**
 * Sorts an update's located changes into comments created, changed and removed; or says why the
 * update is not a change of comments at all (the annotations hold one root, `comments`, of one
 * Y.Map per comment whose fields are JSON values).
 */
export function collectCommentChanges(changes: LocatedChanges): CommentChanges | string {
  const root = ANNOTATION_ROOTS.comments
  const created = new Map<string, Record<string, unknown>>()
  const changed = new Map<string, Map<string, unknown[]>>()
  const removed = new Set<string>()
  const clearedFields = new Map<string, Set<string>>()
  for (const location of [...changes.writes, ...changes.removals]) {
    if (location.root !== root) return `annotations hold only ${root}, not ${location.root}`
    const [id, field, ...deeper] = location.path
    if (id === null || id === undefined || field === null || deeper.length > 0) return 'a comment is a map of fields'
  }
  for (const write of changes.writes) {
    const [id, field] = write.path as [string, string | undefined]
    if (field === undefined) {
      if (write.content.kind !== 'type' || write.content.type !== 'map') return `comment ${id} is not a map`
      created.set(id, {})
    }
  }
  for (const write of changes.writes) {
    const [id, field] = write.path as [string, string | undefined]
    if (field === undefined) continue
    if (write.content.kind !== 'any' || write.content.values.length !== 1)
      return `field ${field} of ${id} is not a value`
    const value = write.content.values[0]
    if (write.parentIsNew) {
      const fields = created.get(id)
      if (fields) fields[field] = value
      continue
    }
    const fields = changed.get(id) ?? new Map<string, unknown[]>()
    fields.set(field, [...(fields.get(field) ?? []), value])
    changed.set(id, fields)
  }
  for (const removal of changes.removals) {
    const [id, field] = removal.path as [string, string | undefined]
    if (field === undefined) removed.add(id)
    else if (!changed.get(id)?.has(field)) clearedFields.set(id, new Set([...(clearedFields.get(id) ?? []), field]))
  }
  return { created, changed, removed, clearedFields }
}
