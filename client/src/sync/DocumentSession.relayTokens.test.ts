import { afterEach, describe, expect, it, vi } from 'vitest'
import { CloseCode, createDocumentId, type RelayTokenResponse, type Room } from '@samskriv/shared'
import { LocalDatabase } from '../storage/LocalDatabase'
import { DocumentSession } from './DocumentSession'
import { FakeRelay, FakeWebSocket } from './fakeRelay.test-fixture'
import type { RelayTokenSource } from './relayTokens'

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  FakeWebSocket.created = []
})

function tokenSource() {
  let issued = 0
  const fetch = vi.fn((_room: Room): Promise<RelayTokenResponse> => {
    issued += 1
    return Promise.resolve({ token: `token-${issued}`, expiresAt: new Date(Date.now() + 300_000).toISOString() })
  })
  const source: RelayTokenSource = { required: () => true, fetch }
  return { source, fetch }
}

function open(relayTokens: RelayTokenSource): DocumentSession {
  const db = new LocalDatabase(`tokens-${createDocumentId()}`)
  const session = new DocumentSession(db, createDocumentId(), {
    serverUrl: 'ws://relay.test/sync',
    WebSocketPolyfill: FakeWebSocket as unknown as typeof WebSocket,
    relayTokens,
  })
  cleanups.push(
    () => db.close(),
    () => session.destroy(),
  )
  return session
}

const latestSocket = (): FakeWebSocket => {
  const socket = FakeWebSocket.created.at(-1)
  if (socket === undefined) throw new Error('no socket was opened')
  return socket
}

describe('DocumentSession with relay tokens', () => {
  it('connects with the token in the URL and syncs', async () => {
    const { source } = tokenSource()
    const session = open(source)
    await session.start()
    await vi.waitFor(() => expect(FakeWebSocket.created).toHaveLength(1))
    expect(new URL(latestSocket().url).searchParams.get('token')).toBe('token-1')
    expect(new URL(latestSocket().url).searchParams.get('schema')).not.toBeNull()
    new FakeRelay().attach(latestSocket())
    await vi.waitFor(() => expect(session.getSnapshot().status.kind).toBe('synced'))
  })

  it('after 4401 connects again with a new token, without showing an error', async () => {
    const { source } = tokenSource()
    const session = open(source)
    await session.start()
    await vi.waitFor(() => expect(FakeWebSocket.created).toHaveLength(1))
    latestSocket().accept()
    latestSocket().serverClose(CloseCode.unauthorized)
    await vi.waitFor(() => expect(FakeWebSocket.created).toHaveLength(2))
    expect(new URL(latestSocket().url).searchParams.get('token')).toBe('token-2')
    expect(session.getSnapshot().status.kind).not.toBe('error')
    new FakeRelay().attach(latestSocket())
    await vi.waitFor(() => expect(session.getSnapshot().status.kind).toBe('synced'))
  })

  it('on 4403 stops and says the access is gone', async () => {
    const { source, fetch } = tokenSource()
    const session = open(source)
    await session.start()
    await vi.waitFor(() => expect(FakeWebSocket.created).toHaveLength(1))
    latestSocket().accept()
    latestSocket().serverClose(CloseCode.forbidden)
    await vi.waitFor(() => expect(session.getSnapshot().relayRefusal).toBe('forbidden'))
    expect(session.getSnapshot().status).toMatchObject({ kind: 'error', closeCode: CloseCode.forbidden })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(FakeWebSocket.created).toHaveLength(1)
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})
