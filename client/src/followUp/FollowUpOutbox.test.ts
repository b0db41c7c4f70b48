import { afterEach, describe, expect, it, vi } from 'vitest'
import { createDocumentId, followUpStates, type DocumentId, type FollowUpEntry } from '@samskriv/shared'
import { LocalDatabase } from '../storage/LocalDatabase'
import { FollowUpOutbox } from './FollowUpOutbox'
import { readFollowUps } from './readFollowUps'

const databases: LocalDatabase[] = []
afterEach(() => {
  for (const db of databases.splice(0)) db.close()
})

const documentId: DocumentId = createDocumentId()

/** A fetch answering the follow-up route as `answer` says: an entry, an API refusal, or no network. */
function setup(answer: (body: { id: string; activityId: string; writtenAt: string }) => Response | 'offline') {
  const db = new LocalDatabase(`follow-up-${createDocumentId()}`)
  databases.push(db)
  const fetch = vi.fn((_url: string, init?: RequestInit) => {
    const result = answer(
      JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as {
        id: string
        activityId: string
        writtenAt: string
      },
    )
    return result === 'offline' ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(result)
  })
  return { db, fetch, outbox: new FollowUpOutbox(db, fetch) }
}

const stored = (body: { id: string; activityId: string; writtenAt: string }): FollowUpEntry => ({
  id: body.id,
  documentId,
  activityId: body.activityId,
  version: 1,
  status: 'ongoing',
  comment: 'Påbörjad',
  doneDate: null,
  writtenAt: body.writtenAt,
  recordedAt: body.writtenAt,
  author: { id: 'u1', name: 'Bo Berg' },
})

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('FollowUpOutbox', () => {
  it('counts a follow-up written offline at once, sends it later, and keeps the server’s entry', async () => {
    let online = false
    const { db, fetch, outbox } = setup((body) => (online ? json(201, { entry: stored(body) }) : 'offline'))
    const sent: DocumentId[] = []
    outbox.onSent((id) => sent.push(id))
    const pending = await outbox.write(documentId, { activityId: 'a1', status: 'ongoing', comment: 'Påbörjad' }, 'Bo')
    expect(await outbox.send(pending.id)).toBe('later')
    const shown = await readFollowUps(db, documentId)
    expect(shown).toMatchObject([{ id: pending.id, pending: true, status: 'ongoing', author: { name: 'Bo' } }])
    expect(followUpStates(shown).get('a1')).toMatchObject({ status: 'ongoing', entries: 1 })

    online = true
    await outbox.sendAll()
    expect(fetch).toHaveBeenLastCalledWith(
      `/api/documents/${documentId}/follow-up`,
      expect.objectContaining({ method: 'POST' }),
    )
    expect(await db.pendingFollowUps.count()).toBe(0)
    expect(await readFollowUps(db, documentId)).toMatchObject([{ id: pending.id, pending: false, version: 1 }])
    expect(sent).toEqual([documentId])
  })

  it('keeps an entry the server refused, marked, and never sends it again', async () => {
    const { db, fetch, outbox } = setup(() => json(409, { error: { code: 'conflict', message: 'not approved' } }))
    const pending = await outbox.write(documentId, { activityId: 'a1', comment: 'Hej' }, 'Bo')
    expect(await outbox.send(pending.id)).toBe('refused')
    await outbox.sendAll()
    expect(fetch).toHaveBeenCalledTimes(1)
    const [shown] = await readFollowUps(db, documentId)
    expect(shown).toMatchObject({ refusedCode: 'conflict', comment: 'Hej' })
  })

  it('keeps an entry waiting (not refused) while signed out', async () => {
    const { db, outbox } = setup(() => json(401, { error: { code: 'unauthorized', message: 'sign in' } }))
    const pending = await outbox.write(documentId, { activityId: 'a1', comment: 'Hej' }, 'Bo')
    expect(await outbox.send(pending.id)).toBe('later')
    expect(await db.pendingFollowUps.get(pending.id)).toMatchObject({ refusedCode: null })
  })

  it('replaces a plan’s remembered log with the server’s, leaving other plans alone', async () => {
    const { db, outbox } = setup(() => 'offline')
    const other: DocumentId = createDocumentId()
    const entry = stored({ id: 'entry-0001', activityId: 'a1', writtenAt: '2026-03-01T10:00:00.000Z' })
    await outbox.remember(documentId, [entry, { ...entry, id: 'entry-0002' }])
    await outbox.remember(other, [{ ...entry, id: 'entry-0003', documentId: other }])
    await outbox.remember(documentId, [entry])
    expect((await readFollowUps(db)).map((e) => e.id).sort()).toEqual(['entry-0001', 'entry-0003'])
  })
})
