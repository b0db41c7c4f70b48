import { addComment, getComments, type Comment } from '@samskriv/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { commentIndex } from './commentIndex.js'

const comment = (id: string, authorId: string): Comment => ({
  id,
  parentId: null,
  authorId,
  authorName: authorId,
  createdAt: '2026-11-20T09:00:00.000Z',
  body: 'Fråga',
  anchor: null,
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  deleted: false,
  editedAt: null,
})

describe('commentIndex', () => {
  it('counts each person’s comments as comments come, go and are replaced', () => {
    const doc = new Y.Doc()
    addComment(doc, comment('a1', 'anna'))
    const index = commentIndex(doc)
    expect(index.perAuthor.get('anna')).toBe(1)
    addComment(doc, comment('a2', 'anna'))
    addComment(doc, comment('b1', 'bo'))
    expect([index.authors.size, index.perAuthor.get('anna'), index.perAuthor.get('bo')]).toEqual([3, 2, 1])
    getComments(doc).delete('a1')
    addComment(doc, comment('a2', 'bo'))
    expect([index.authors.size, index.perAuthor.get('anna'), index.perAuthor.get('bo')]).toEqual([2, 0, 2])
    expect(commentIndex(doc)).toBe(index)
  })
})
