import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createDocumentId, encodeNoticeMessage, type RelayNotice } from '@samskriv/shared'
import { LocalDatabase } from '../storage/LocalDatabase'
import { DocumentSession } from './DocumentSession'
import { FakeRelay, FakeWebSocket } from './fakeRelay.test-fixture'

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  FakeWebSocket.created = []
})

async function connectedSession(): Promise<{ session: DocumentSession; socket: FakeWebSocket; relay: FakeRelay }> {
  const db = new LocalDatabase(`notice-${createDocumentId()}`)
  const session = new DocumentSession(db, createDocumentId(), {
    serverUrl: 'ws://relay.test/sync',
    WebSocketPolyfill: FakeWebSocket as unknown as typeof WebSocket,
  })
  cleanups.push(
    () => db.close(),
    () => session.destroy(),
  )
  await session.start()
  const socket = FakeWebSocket.created.at(-1)
  if (socket === undefined) throw new Error('no socket')
  const relay = new FakeRelay()
  relay.attach(socket)
  await vi.waitFor(() => expect(session.getSnapshot().status.kind).toBe('synced'))
  return { session, socket, relay }
}

const notice = (patch: Partial<RelayNotice>): RelayNotice => ({
  lock: { state: 'draft' },
  revision: 1,
  access: 'edit',
  stale: false,
  refused: false,
  ...patch,
})

describe('DocumentSession and the relay notice', () => {
  it('exposes access and lock, and turns read-only at once when the relay says so', async () => {
    const { session, socket, relay } = await connectedSession()
    expect(session.getSnapshot().relay).toBeNull()
    socket.deliver(encodeNoticeMessage(notice({ access: 'read' }), Y.encodeStateVector(relay.doc)))
    await vi.waitFor(() => expect(session.getSnapshot().lock.readOnlyReason).toBe('readAccess'))
    expect(session.getSnapshot().lock.access).toBe('read')

    socket.deliver(encodeNoticeMessage(notice({ lock: { state: 'approved', version: 3 } }), new Uint8Array([0])))
    await vi.waitFor(() =>
      expect(session.getSnapshot().lock).toMatchObject({
        lock: { state: 'approved', version: 3 },
        readOnlyReason: 'approved',
      }),
    )
  })

  it('counts refusals and keeps the relay’s state vector', async () => {
    const { session, socket, relay } = await connectedSession()
    const stateVector = Y.encodeStateVector(relay.doc)
    socket.deliver(encodeNoticeMessage(notice({ refused: true }), stateVector))
    socket.deliver(encodeNoticeMessage(notice({ refused: true }), stateVector))
    await vi.waitFor(() => expect(session.getSnapshot().relay?.refusals).toBe(2))
    expect(session.getSnapshot().relay?.stateVector).toEqual(stateVector)
  })

  it('declares the revision the relay counts the copy as current for on the next connection', async () => {
    const { session, socket } = await connectedSession()
    socket.deliver(encodeNoticeMessage(notice({ revision: 4 }), new Uint8Array([0])))
    await vi.waitFor(() => expect(session.getSnapshot().relay?.revision).toBe(4))
    window.dispatchEvent(new Event('offline'))
    window.dispatchEvent(new Event('online'))
    expect(new URL(FakeWebSocket.created.at(-1)?.url ?? '').searchParams.get('revision')).toBe('4')
  })

  it('ignores a notice that does not decode', async () => {
    const { session, socket } = await connectedSession()
    const report = vi.fn()
    vi.stubGlobal('reportError', report)
    socket.deliver(new Uint8Array([101, 3, 120, 120, 120]))
    await vi.waitFor(() => expect(report).toHaveBeenCalled())
    expect(session.getSnapshot().relay).toBeNull()
    vi.unstubAllGlobals()
  })
})
