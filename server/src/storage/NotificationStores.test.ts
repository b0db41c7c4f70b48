import { describe, expect, it } from 'vitest'
import { storageKinds } from '../../test/storages.js'
import type { OutgoingMail } from './MailOutbox.js'
import type { MentionRecord } from './MentionStore.js'
import type { Storage } from './Storage.js'

const mention = (commentId: string, userId: string, extra: Partial<MentionRecord> = {}): MentionRecord => ({
  documentId: 'doc',
  commentId,
  threadId: commentId,
  userId,
  authorId: 'author',
  authorName: 'Anna Berg',
  excerpt: '@Bo titta här',
  createdAt: `2026-03-0${commentId.length}T08:00:00.000Z`,
  seenAt: null,
  ...extra,
})

const mail = (id: string, nextAttemptAt: string, extra: Partial<OutgoingMail> = {}): OutgoingMail => ({
  id,
  recipientId: 'bo',
  kind: 'mention',
  documentId: 'doc',
  payload: { title: 'Protokoll', author: 'Anna' },
  createdAt: '2026-03-01T08:00:00.000Z',
  state: 'pending',
  attempts: 0,
  nextAttemptAt,
  lastError: null,
  sentAt: null,
  ...extra,
})

describe.each(storageKinds())('%s mention store', (_name, create: () => Promise<Storage>) => {
  it('replaces a document’s mentions, keeping what was seen, and tells whose to-dos changed', async () => {
    const { mentions } = await create()
    const first = await mentions.replaceDocument('doc', [mention('c', 'bo'), mention('c', 'cia'), mention('cc', 'bo')])
    expect(first.added).toHaveLength(3)
    expect(first.affected.sort()).toEqual(['bo', 'cia'])
    expect((await mentions.unseenFor('bo')).map((m) => m.commentId)).toEqual(['c', 'cc'])
    expect(await mentions.markSeen('bo', 'doc', 'c', '2026-03-05T00:00:00.000Z')).toBe(true)
    expect(await mentions.markSeen('bo', 'doc', 'c', '2026-03-06T00:00:00.000Z')).toBe(false)
    expect(await mentions.markSeen('bo', 'other', 'cc', '2026-03-06T00:00:00.000Z')).toBe(false)

    // The same comments again change nothing; the seen mark stays.
    const again = await mentions.replaceDocument('doc', [mention('c', 'bo'), mention('c', 'cia'), mention('cc', 'bo')])
    expect(again).toEqual({ added: [], affected: [] })
    expect((await mentions.unseenFor('bo')).map((m) => m.commentId)).toEqual(['cc'])

    // Cia's mention gone (comment edited), Bo answered cc.
    const later = await mentions.replaceDocument('doc', [
      mention('c', 'bo'),
      mention('cc', 'bo', { seenAt: '2026-03-07T00:00:00.000Z' }),
    ])
    expect(later.added).toEqual([])
    expect(later.affected.sort()).toEqual(['bo', 'cia'])
    expect(await mentions.unseenFor('bo')).toEqual([])
    expect(await mentions.unseenFor('cia')).toEqual([])
    await mentions.replaceDocument('other', [mention('x', 'cia', { documentId: 'other' })])
    expect(await mentions.unseenFor('cia')).toEqual([mention('x', 'cia', { documentId: 'other' })])
  })
})

describe.each(storageKinds())('%s mail outbox', (_name, create: () => Promise<Storage>) => {
  it('queues each mail once, hands out due ones, and lets one sender claim each', async () => {
    const { mail: outbox } = await create()
    const early = mail('m1', '2026-03-01T08:00:00.000Z')
    expect(await outbox.enqueue(early)).toBe(true)
    expect(await outbox.enqueue({ ...early, payload: { title: 'ändrad' } })).toBe(false)
    expect(await outbox.enqueue(mail('m2', '2026-03-02T08:00:00.000Z'))).toBe(true)
    expect(await outbox.enqueue(mail('m3', '2026-03-01T07:00:00.000Z', { state: 'sent' }))).toBe(true)
    expect((await outbox.due('2026-03-01T09:00:00.000Z', 10)).map((m) => m.id)).toEqual(['m1'])
    expect((await outbox.due('2026-03-03T00:00:00.000Z', 10)).map((m) => m.id)).toEqual(['m1', 'm2'])
    expect(await outbox.get('m1')).toEqual(early)

    const lease = '2026-03-01T09:05:00.000Z'
    expect(await outbox.claim('m1', early.nextAttemptAt, lease)).toBe(true)
    expect(await outbox.claim('m1', early.nextAttemptAt, lease)).toBe(false)
    expect(await outbox.due('2026-03-01T09:00:00.000Z', 10)).toEqual([])
    await outbox.update('m1', {
      state: 'sent',
      attempts: 1,
      nextAttemptAt: lease,
      lastError: null,
      sentAt: '2026-03-01T09:00:01.000Z',
    })
    expect(await outbox.get('m1')).toMatchObject({ state: 'sent', attempts: 1, sentAt: '2026-03-01T09:00:01.000Z' })
    expect(await outbox.claim('m1', lease, '2026-03-01T10:00:00.000Z')).toBe(false)
  })
})
