import { CLIENT_PARAMS, CloseCode, SCHEMA_VERSION } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeSyncUpdate } from '../src/relay/encodeServerMessage.js'
import { InProcessHub } from '../src/relay/bus/InProcessBus.js'
import { MemoryStorage } from '../src/storage/MemoryStorage.js'
import { connectClient, sendRaw, type SyncClient } from './syncClient.js'
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

describe('updates a relay holds until what they build on arrives', () => {
  it('are stored and reach the other relays when that part comes from another relay', async () => {
    const storage = new MemoryStorage()
    const [a, b] = await twoRelays(storage)
    // X writes "a"; Y, having seen it, writes "b" and then "c": two updates that need X's "a".
    const x = new Y.Doc()
    x.getText('text').insert(0, 'a')
    const y = new Y.Doc()
    Y.applyUpdate(y, Y.encodeStateAsUpdate(x))
    const fromY: Uint8Array[] = []
    y.on('update', (update: Uint8Array) => fromY.push(update))
    y.getText('text').insert(1, 'b')
    y.getText('text').insert(2, 'c')
    // Relay A hears Y's updates first and, lacking "a", holds both back (the writer stays online).
    const declared = `held?${CLIENT_PARAMS.schemaVersion}=${SCHEMA_VERSION}`
    const writerY = sendRaw(a.syncUrl, declared, fromY.map(encodeSyncUpdate), 3000)
    const storedText = async () => {
      const stored = new Y.Doc()
      for (const update of (await storage.updates.load('held')).updates) Y.applyUpdate(stored, update)
      return stored.getText('text').toString()
    }
    await waitFor(async () => (await storage.updates.load('held')).updates.length > 0, 'Y’s updates stored')
    // X's "a" arrives through relay B; relay A gets it from B and can now place "b" and "c".
    const onB = connectClient(b.syncUrl, 'held')
    const writerX = connectClient(b.syncUrl, 'held')
    clients.push(onB, writerX)
    await waitFor(() => writerX.provider.synced, 'synced')
    Y.applyUpdate(writerX.doc, Y.encodeStateAsUpdate(x))
    await waitFor(async () => (await storedText()) === 'abc', 'all of it stored')
    await waitFor(() => onB.text.toString() === 'abc', 'all of it on the other relay')
    expect(await writerY).toBe('open')
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
