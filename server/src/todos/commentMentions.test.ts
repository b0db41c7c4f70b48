import { formatMention, type Comment } from '@samskriv/shared'
import { describe, expect, it } from 'vitest'
import { commentMentions } from './commentMentions.js'

const comment = (id: string, authorId: string, body: string, extra: Partial<Comment> = {}): Comment => ({
  id,
  parentId: null,
  authorId,
  authorName: authorId.toUpperCase(),
  createdAt: '2026-03-01T08:00:00.000Z',
  body,
  anchor: null,
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  deleted: false,
  editedAt: null,
  ...extra,
})

describe('commentMentions', () => {
  it('gives one record per comment and person mentioned, never the author', () => {
    const found = commentMentions('doc', [
      comment('r', 'anna', `${formatMention('bo', 'Bo')} ${formatMention('bo', 'Bo')} ${formatMention('anna', 'A')}`),
      comment('rr', 'cia', `Och ${formatMention('anna', 'Anna')}`, { parentId: 'r' }),
    ])
    expect(found.map((m) => [m.commentId, m.threadId, m.userId, m.authorName])).toEqual([
      ['r', 'r', 'bo', 'ANNA'],
      ['rr', 'r', 'anna', 'CIA'],
    ])
    expect(found[0]!.excerpt).toBe('@Bo @Bo @A')
  })

  it('leaves out withdrawn comments', () => {
    expect(commentMentions('doc', [comment('r', 'anna', formatMention('bo', 'Bo'), { deleted: true })])).toEqual([])
  })

  it('counts a later comment of the person in the same thread as the answer', () => {
    const found = commentMentions('doc', [
      comment('r', 'anna', formatMention('bo', 'Bo'), { createdAt: '2026-03-01T08:00:00.000Z' }),
      comment('other', 'bo', 'Annan tråd', { createdAt: '2026-03-01T08:01:00.000Z' }),
      comment('reply', 'bo', 'Svar', { parentId: 'r', createdAt: '2026-03-01T08:02:00.000Z' }),
      comment('again', 'anna', `${formatMention('bo', 'Bo')} igen`, {
        parentId: 'r',
        createdAt: '2026-03-01T08:03:00.000Z',
      }),
    ])
    expect(found.map((m) => [m.commentId, m.seenAt])).toEqual([
      ['r', '2026-03-01T08:02:00.000Z'],
      ['again', null],
    ])
  })
})
