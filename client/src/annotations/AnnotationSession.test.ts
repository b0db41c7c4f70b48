import { afterEach, describe, expect, it, vi } from 'vitest'
import { createDocumentId } from '@samskriv/shared'
import { LocalDatabase } from '../storage/LocalDatabase'
import { FakeRelay, FakeWebSocket } from '../sync/fakeRelay.test-fixture'
import { AnnotationSession } from './AnnotationSession'
import { startThread } from './commentActions'

const databases: LocalDatabase[] = []
const sessions: AnnotationSession[] = []
const anchor = { kind: 'block' as const, blockId: 'b1', quote: 'Beslut' }

afterEach(() => {
  for (const session of sessions.splice(0)) session.destroy()
  for (const db of databases.splice(0)) db.close()
  FakeWebSocket.created = []
})

/** A device: its own IndexedDB database, its own comments session of the document, on the relay. */
async function device(relay: FakeRelay, documentId: ReturnType<typeof createDocumentId>, db?: LocalDatabase) {
  const database = db ?? new LocalDatabase(`comments-${createDocumentId()}`)
  if (db === undefined) databases.push(database)
  const session = new AnnotationSession(database, documentId, {
    serverUrl: 'ws://relay.test/sync',
    WebSocketPolyfill: FakeWebSocket as unknown as typeof WebSocket,
  })
  sessions.push(session)
  await session.start()
  relay.attach(FakeWebSocket.created.at(-1)!)
  await vi.waitFor(() => expect(session.getSnapshot().status.kind).toBe('synced'))
  return { db: database, session }
}

describe('AnnotationSession', () => {
  it('marks only the author’s unacknowledged comments unsynced, never comments received from others', async () => {
    const relay = new FakeRelay()
    const documentId = createDocumentId()
    const anna = await device(relay, documentId)
    const bo = await device(relay, documentId)

    const id = startThread(anna.session.doc, { id: 'anna', name: 'Anna' }, 'Ska vi ändra detta?', anchor)
    // Bo receives it live, stored on the relay: not "Ej synkad" on his device (before, it stayed so
    // until he reloaded or wrote something himself).
    await vi.waitFor(() => expect(bo.session.getSnapshot().comments.map((c) => c.id)).toContain(id))
    await vi.waitFor(() => expect(bo.session.getSnapshot().unsynced).toEqual(new Set()))
    // On Anna's device it is unsynced until the relay acknowledged it.
    await vi.waitFor(() => expect(anna.session.getSnapshot().unsynced).toEqual(new Set()))

    // Bo opens the document again: what the relay holds is remembered on his device.
    bo.session.destroy()
    const reopened = new AnnotationSession(bo.db, documentId, {
      serverUrl: 'ws://relay.test/sync',
      WebSocketPolyfill: FakeWebSocket as unknown as typeof WebSocket,
    })
    sessions.push(reopened)
    await reopened.start()
    expect(reopened.getSnapshot().comments.map((c) => c.id)).toContain(id)
    expect(reopened.getSnapshot().unsynced).toEqual(new Set())
  })

  it('keeps a comment written offline unsynced until the relay has it', async () => {
    const relay = new FakeRelay()
    const documentId = createDocumentId()
    const anna = await device(relay, documentId)
    FakeWebSocket.created.at(-1)!.serverClose(1006)
    await vi.waitFor(() => expect(anna.session.getSnapshot().connection).not.toBe('connected'))
    const id = startThread(anna.session.doc, { id: 'anna', name: 'Anna' }, 'Skrivet utan nät', anchor)
    await vi.waitFor(() => expect(anna.session.getSnapshot().unsynced).toEqual(new Set([id])))
  })
})
