import type { Comment } from '@samskriv/shared'

/** A block comment by `authorId` as a client writes it (the server stamps name and time). */
export const testComment = (id: string, authorId: string, extra: Partial<Comment> = {}): Comment => ({
  id,
  parentId: null,
  authorId,
  authorName: authorId,
  createdAt: new Date().toISOString(),
  body: 'En fråga',
  anchor: { kind: 'block', blockId: 'x', quote: 'Beslut' },
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  deleted: false,
  editedAt: null,
  ...extra,
})
