import { CloseCode } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { InProcessHub } from '../src/relay/bus/InProcessBus.js'
import { MemoryStorage } from '../src/storage/MemoryStorage.js'
import { connectClient, type SyncClient } from './syncClient.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'

const servers: TestServer[] = []
const clients: SyncClient[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.close()
  for (const s of servers.splice(0)) await s.close()
})

/** Two relays on one store, joined by an in-process bus: the Redis deployment without Redis. */
async function twoRelays(storage = new MemoryStorage()): Promise<[TestServer, TestServer]> {
  const hub = new InProcessHub()
  for (let i = 0; i < 2; i++) {
    servers.push(await startTestServer({ storage: () => storage, bus: () => Promise.resolve(hub.connect()) }))
  }
  return [servers[0]!, servers[1]!]
}

describe('relays joined by a bus', () => {
  it('relay each other’s committed updates to their clients', async () => {
    const [a, b] = await twoRelays()
    const onA = connectClient(a.syncUrl, 'joined')
    const onB = connectClient(b.syncUrl, 'joined')
    clients.push(onA, onB)
    onA.text.insert(0, 'från A;')
    onB.text.insert(0, 'från B;')
    await waitFor(() => onA.text.length === 14 && onB.text.toString() === onA.text.toString(), 'both texts')
  })

  it('close connections on every relay when someone’s access changes', async () => {
    const [a, b] = await twoRelays()
    const onB = connectClient(b.syncUrl, 'access')
    clients.push(onB)
    const closes: number[] = []
    onB.provider.on('connection-close', (event: { code: number } | null) => {
      if (event) closes.push(event.code)
    })
    await waitFor(() => onB.provider.synced, 'synced')
    a.server.relay.reconsider(null, new Set(['access']))
    await waitFor(() => closes.includes(CloseCode.accessChanged), 'closed on the other relay')
    expect(closes).toContain(CloseCode.accessChanged)
  })
})

describe('projections with two relays', () => {
  it('update the registers once per change, on the relay that committed it', async () => {
    const storage = new MemoryStorage()
    const projected: number[] = []
    const replaceDocument = storage.registers.replaceDocument.bind(storage.registers)
    storage.registers.replaceDocument = (documentId, registers, seq) => {
      if (documentId === 'projected') projected.push(seq)
      return replaceDocument(documentId, registers, seq)
    }
    const [a, b] = await twoRelays(storage)
    const onA = connectClient(a.syncUrl, 'projected')
    const onB = connectClient(b.syncUrl, 'projected')
    clients.push(onA, onB)
    await waitFor(() => onA.provider.synced && onB.provider.synced, 'synced')
    onA.text.insert(0, 'en ändring')
    await waitFor(() => onB.text.toString() === 'en ändring', 'relayed to the other relay')
    await waitFor(() => projected.length > 0, 'projected')
    // Longer than the projector's delay: the relay that only relayed the change projects nothing.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(projected).toHaveLength(1)
  })
})
