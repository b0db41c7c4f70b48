import type { Anchor, Comment } from '@samskriv/shared'

/** A conversation: a root comment with an anchor, and its replies oldest first. */
export interface Thread {
  readonly id: string
  readonly root: Comment
  readonly replies: readonly Comment[]
  readonly anchor: Anchor | null
  readonly resolved: boolean
}

/**
 * Groups comments (oldest first, as `readComments` returns them) into threads in the order they
 * were started. A reply whose root is missing (not synced yet, or malformed) waits unseen rather
 * than standing alone; a reply to a reply joins the thread of its root.
 */
export function buildThreads(comments: readonly Comment[]): Thread[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]))
  const rootOf = (comment: Comment): Comment | null => {
    let current: Comment | undefined = comment
    const seen = new Set<string>()
    while (current !== undefined && current.parentId !== null) {
      if (seen.has(current.id)) return null
      seen.add(current.id)
      current = byId.get(current.parentId)
    }
    return current ?? null
  }
  const replies = new Map<string, Comment[]>()
  const roots: Comment[] = []
  for (const comment of comments) {
    if (comment.parentId === null) {
      roots.push(comment)
      continue
    }
    const root = rootOf(comment)
    if (root === null) continue
    const list = replies.get(root.id) ?? []
    list.push(comment)
    replies.set(root.id, list)
  }
  return roots.map((root) => ({
    id: root.id,
    root,
    replies: replies.get(root.id) ?? [],
    anchor: root.anchor,
    resolved: root.resolved,
  }))
}
