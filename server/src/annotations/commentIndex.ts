import { getComments } from '@samskriv/shared'
import * as Y from 'yjs'

/** Who wrote each comment of a document, and how many each person wrote: kept as it changes. */
export interface CommentIndex {
  /** Comment id → its author id. */
  readonly authors: ReadonlyMap<string, unknown>
  /** Author id → how many comments they have. */
  readonly perAuthor: ReadonlyMap<unknown, number>
}

const indexes = new WeakMap<Y.Doc, CommentIndex>()

/**
 * The document's comment index, built once (in proportion to its comments) and kept up to date by
 * an observer, so counting a person's comments for the limits costs nothing per update. A comment's
 * author never changes (the rules refuse it), so reading it when the comment appears is enough.
 */
export function commentIndex(doc: Y.Doc): CommentIndex {
  const existing = indexes.get(doc)
  if (existing) return existing
  const authors = new Map<string, unknown>()
  const perAuthor = new Map<unknown, number>()
  const remove = (id: string) => {
    if (!authors.has(id)) return
    const author = authors.get(id)
    authors.delete(id)
    perAuthor.set(author, (perAuthor.get(author) ?? 1) - 1)
  }
  const add = (id: string, entry: unknown) => {
    remove(id)
    const author: unknown = entry instanceof Y.Map ? entry.get('authorId') : undefined
    authors.set(id, author)
    perAuthor.set(author, (perAuthor.get(author) ?? 0) + 1)
  }
  const comments = getComments(doc)
  comments.forEach((entry, id) => add(id, entry))
  comments.observe((event) => {
    event.changes.keys.forEach((change, id) => (change.action === 'delete' ? remove(id) : add(id, comments.get(id))))
  })
  const index = { authors, perAuthor }
  indexes.set(doc, index)
  return index
}
