import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CloseCode, createDocumentId, type RelayTokenResponse, type Room } from '@samskriv/shared'
import { ApiRequestError } from '../api/ApiRequestError'
import { attachRelayToken, type RelayTokenRefusal, type TokenProvider } from './relayTokens'

type Listener = (value: never) => void

/** A provider that records its connects and the token each used. */
class FakeProvider implements TokenProvider {
  params: Record<string, string> = { schema: '2' }
  readonly connectedWith: Array<string | undefined> = []
  disconnects = 0
  private readonly listeners = new Map<string, Set<Listener>>()
  connect(): void {
    this.connectedWith.push(this.params.token)
  }
  disconnect(): void {
    this.disconnects += 1
  }
  on(name: string, listener: Listener): void {
    const set = this.listeners.get(name) ?? new Set()
    set.add(listener)
    this.listeners.set(name, set)
  }
  off(name: string, listener: Listener): void {
    this.listeners.get(name)?.delete(listener)
  }
  emit(name: 'closed' | 'sync', value: unknown): void {
    for (const listener of this.listeners.get(name) ?? []) listener(value as never)
  }
}

const room: Room = { documentId: createDocumentId(), kind: 'content' }
const MINUTE = 60_000

function setup(required = true) {
  const provider = new FakeProvider()
  let issued = 0
  const fetch = vi.fn<(room: Room) => Promise<RelayTokenResponse>>(() => {
    issued += 1
    return Promise.resolve({ token: `t${issued}`, expiresAt: new Date(Date.now() + 5 * MINUTE).toISOString() })
  })
  const refusals: RelayTokenRefusal[] = []
  const unavailable = vi.fn()
  const handle = attachRelayToken(provider, room, {
    source: { required: () => required, fetch },
    onRefused: (refusal) => refusals.push(refusal),
    onUnavailable: unavailable,
    retryDelayMs: () => 2_000,
  })
  return { provider, fetch, refusals, unavailable, handle }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('attachRelayToken', () => {
  it('fetches a token before connecting and puts it in the URL parameters', async () => {
    const { provider, fetch, handle } = setup()
    handle.connect()
    expect(provider.connectedWith).toEqual([])
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).toHaveBeenCalledWith(room)
    expect(provider.connectedWith).toEqual(['t1'])
    expect(provider.params).toEqual({ schema: '2', token: 't1' })
  })

  it('connects without a token while the server runs open', async () => {
    const { provider, fetch, handle } = setup(false)
    handle.connect()
    await vi.advanceTimersByTimeAsync(0)
    expect(fetch).not.toHaveBeenCalled()
    expect(provider.connectedWith).toEqual([undefined])
  })

  it('refreshes the token before it expires, so reconnects use a valid one', async () => {
    const { provider, fetch, handle } = setup()
    handle.connect()
    await vi.advanceTimersByTimeAsync(0)
    await vi.advanceTimersByTimeAsync(4 * MINUTE + 1_000)
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(provider.params.token).toBe('t2')
    // A refresh does not open a second connection.
    expect(provider.connectedWith).toEqual(['t1'])
  })

  it('reuses a valid token when connecting again, and stops refreshing after disconnect', async () => {
    const { provider, fetch, handle } = setup()
    handle.connect()
    await vi.advanceTimersByTimeAsync(0)
    handle.disconnect()
    await vi.advanceTimersByTimeAsync(10 * MINUTE)
    expect(fetch).toHaveBeenCalledTimes(1)
    // The token has expired meanwhile: a new one is fetched first.
    handle.connect()
    await vi.advanceTimersByTimeAsync(0)
    expect(provider.connectedWith).toEqual(['t1', 't2'])
  })

  it('after 4401 fetches a new token and connects again', async () => {
    const { provider, handle, refusals } = setup()
    handle.connect()
    await vi.advanceTimersByTimeAsync(0)
    expect(handle.handlesClose(CloseCode.unauthorized)).toBe(true)
    provider.emit('closed', { code: CloseCode.unauthorized })
    await vi.advanceTimersByTimeAsync(0)
    expect(provider.connectedWith).toEqual(['t1', 't2'])
    expect(refusals).toEqual([])
  })

  it('gives up as signed out when fresh tokens keep being refused', async () => {
    const { provider, handle, refusals } = setup()
    handle.connect()
    await vi.advanceTimersByTimeAsync(0)
    for (let i = 0; i < 3; i++) {
      provider.emit('closed', { code: CloseCode.unauthorized })
      await vi.advanceTimersByTimeAsync(0)
    }
    expect(refusals).toEqual(['signedOut'])
    expect(provider.connectedWith).toHaveLength(3)
  })

  it('a synced connection resets the count of 4401s', async () => {
    const { provider, handle, refusals } = setup()
    handle.connect()
    await vi.advanceTimersByTimeAsync(0)
    for (let i = 0; i < 4; i++) {
      provider.emit('closed', { code: CloseCode.unauthorized })
      await vi.advanceTimersByTimeAsync(0)
      provider.emit('sync', true)
    }
    expect(refusals).toEqual([])
  })

  it('stops on 4403: no access to the document', async () => {
    const { provider, fetch, handle, refusals } = setup()
    handle.connect()
    await vi.advanceTimersByTimeAsync(0)
    provider.emit('closed', { code: CloseCode.forbidden })
    await vi.advanceTimersByTimeAsync(10 * MINUTE)
    expect(refusals).toEqual(['forbidden'])
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(provider.connectedWith).toEqual(['t1'])
  })

  it.each([
    [404, 'notFound'],
    [403, 'forbidden'],
    [401, 'signedOut'],
  ] as const)('a token refused with %d means %s', async (status, refusal) => {
    const { provider, fetch, handle, refusals } = setup()
    fetch.mockRejectedValueOnce(new ApiRequestError('rejected', 'no', status, 'x'))
    handle.connect()
    await vi.advanceTimersByTimeAsync(10 * MINUTE)
    expect(refusals).toEqual([refusal])
    expect(provider.connectedWith).toEqual([])
  })

  it('retries a token the server could not give (offline, down) and then connects', async () => {
    const { provider, fetch, handle, unavailable } = setup()
    fetch.mockRejectedValueOnce(new ApiRequestError('network', 'down'))
    handle.connect()
    await vi.advanceTimersByTimeAsync(0)
    expect(unavailable).toHaveBeenCalledTimes(1)
    expect(provider.connectedWith).toEqual([])
    await vi.advanceTimersByTimeAsync(2_000)
    expect(provider.connectedWith).toEqual(['t1'])
  })

  it('does nothing after destroy', async () => {
    const { provider, fetch, handle } = setup()
    handle.connect()
    handle.destroy()
    await vi.advanceTimersByTimeAsync(10 * MINUTE)
    provider.emit('closed', { code: CloseCode.unauthorized })
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(provider.connectedWith).toEqual([])
  })
})
