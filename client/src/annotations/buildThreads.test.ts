import type { Comment } from '@samskriv/shared'
import { describe, expect, it } from 'vitest'
import { buildThreads } from './buildThreads'

const comment = (id: string, parentId: string | null, minute: number, extra: Partial<Comment> = {}): Comment => ({
  id,
  parentId,
  authorId: 'anna',
  authorName: 'Anna',
  createdAt: `2026-11-20T09:${String(minute).padStart(2, '0')}:00.000Z`,
  body: id,
  anchor: parentId === null ? { kind: 'block', blockId: 'b1', quote: 'Beslut' } : null,
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  deleted: false,
  editedAt: null,
  ...extra,
})

describe('buildThreads', () => {
  it('puts replies under their root, oldest first, threads in the order they were started', () => {
    const threads = buildThreads([
      comment('a', null, 1),
      comment('b', null, 2, { resolved: true }),
      comment('a1', 'a', 3),
      comment('b1', 'b', 4),
      comment('a2', 'a', 5),
    ])
    expect(threads.map((t) => [t.id, t.replies.map((r) => r.id), t.resolved])).toEqual([
      ['a', ['a1', 'a2'], false],
      ['b', ['b1'], true],
    ])
  })

  it('files a reply to a reply under the root, and leaves out replies whose root is missing', () => {
    const threads = buildThreads([
      comment('a', null, 1),
      comment('a1', 'a', 2),
      comment('a1x', 'a1', 3),
      comment('o', 'gone', 4),
    ])
    expect(threads).toHaveLength(1)
    expect(threads[0]!.replies.map((r) => r.id)).toEqual(['a1', 'a1x'])
  })

  it('survives a cycle of parents', () => {
    expect(buildThreads([comment('x', 'y', 1), comment('y', 'x', 2)])).toEqual([])
  })
})
