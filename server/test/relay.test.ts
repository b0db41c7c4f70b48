import { CloseCode, encodeDurabilityMessage, MessageType, SyncMessageType } from '@samskriv/shared'
import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { connectClient, connectPair, roundTrip, sendRaw, type SyncClient } from './syncClient.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'

let server: TestServer
const clients: SyncClient[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.close()
  await server.close()
})

const track = <T extends SyncClient | SyncClient[]>(c: T): T => {
  clients.push(...([] as SyncClient[]).concat(c))
  return c
}
const room = () => `room-${Math.random().toString(36).slice(2, 10)}`

function syncFrame(subType: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MessageType.sync)
  encoding.writeVarUint(e, subType)
  encoding.writeVarUint8Array(e, payload)
  return encoding.toUint8Array(e)
}

function validUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('text').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

describe('relay', () => {
  it('makes two writers converge, and gives a late joiner the whole document', async () => {
    server = await startTestServer()
    const name = room()
    const [a, b] = track(await connectPair(server.syncUrl, name))
    for (let i = 0; i < 100; i++) a.text.insert(a.text.length, `a${i};`)
    b.text.insert(0, 'b-first;')
    const both = (t: string) => t.includes('a99;') && t.includes('b-first;')
    await waitFor(() => both(a.text.toString()) && a.text.toString() === b.text.toString(), 'convergence')

    const late = track(connectClient(server.syncUrl, name))
    await waitFor(() => late.text.toString() === a.text.toString(), 'late joiner')
  })

  it('acknowledges only after the update is stored', async () => {
    server = await startTestServer()
    const name = room()
    const a = track(connectClient(server.syncUrl, name))
    await waitFor(() => a.provider.synced, 'sync')
    a.text.insert(0, 'stored before acknowledged')
    await a.flush()
    const stored = new Y.Doc()
    for (const u of (await server.storage.updates.load(name)).updates) Y.applyUpdate(stored, u)
    expect(stored.getText('text').toString()).toBe('stored before acknowledged')
  })

  it('stores an acknowledged update even when it depends on one the relay has not seen yet', async () => {
    server = await startTestServer()
    const name = room()
    const writer = new Y.Doc()
    writer.getText('text').insert(0, 'first ')
    const first = Y.encodeStateAsUpdate(writer)
    const before = Y.encodeStateVector(writer)
    writer.getText('text').insert(6, 'second')
    const second = Y.encodeStateAsUpdate(writer, before)
    // Only the second update, then a durability request: the relay must not acknowledge what it did not store.
    const code = await new Promise<number | 'open'>((resolve) => {
      const ws = new WebSocket(`${server.syncUrl}/${name}`)
      ws.on('open', () => {
        ws.send(syncFrame(SyncMessageType.update, second))
        ws.send(encodeDurabilityMessage(9))
      })
      ws.on('message', (data: Buffer) => {
        if (data[0] === MessageType.durability) {
          ws.close()
          resolve('open')
        }
      })
      ws.on('close', (c) => resolve(c))
    })
    expect(code).toBe('open')
    await waitFor(() => server.server.relay.openRoomCount === 0, 'room unloaded')
    const stored = (await server.storage.updates.load(name)).updates
    expect(stored.length).toBeGreaterThan(0)
    // With the missing dependency, the stored bytes give the whole text.
    const check = new Y.Doc()
    for (const update of [...stored, first]) Y.applyUpdate(check, update)
    expect(check.getText('text').toString()).toBe('first second')
  })

  it('relays nothing to others before it is committed', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    server = await startTestServer()
    const name = room()
    const [a, b] = track(await connectPair(server.syncUrl, name))
    const { updates } = server.storage
    const append = updates.append.bind(updates)
    updates.append = async (r, u) => {
      await gate
      return append(r, u)
    }
    a.text.insert(0, 'held back')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(b.text.toString()).toBe('')
    release()
    await waitFor(() => b.text.toString() === 'held back', 'relay after commit')
  })

  const huge = new Uint8Array(20 * 1024 * 1024).fill(7)
  huge.set([MessageType.sync, SyncMessageType.update])
  const badFrames: Array<[string, Uint8Array | string, number]> = [
    ['garbage', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x01, 0x02]), CloseCode.unsupportedMessage],
    ['a truncated sync message', new Uint8Array([0x00, 0x02, 0x85]), CloseCode.malformedMessage],
    ['an unknown message type', new Uint8Array([0x63, 0x01, 0x02, 0x03]), CloseCode.unsupportedMessage],
    ['an auth message (relay-only)', new Uint8Array([MessageType.auth, 0]), CloseCode.unsupportedMessage],
    ['an empty frame', new Uint8Array([]), CloseCode.malformedMessage],
    ['a text frame', 'hello', CloseCode.malformedMessage],
    ['trailing bytes', new Uint8Array([MessageType.queryAwareness, 9]), CloseCode.malformedMessage],
    ['a length larger than the frame', new Uint8Array([0x00, 0x02, 0x7f, 1, 2, 3]), CloseCode.malformedMessage],
    [
      'a malformed update',
      syncFrame(SyncMessageType.update, new Uint8Array([5, 200, 1, 7, 7, 7])),
      CloseCode.malformedMessage,
    ],
    [
      'sync step 2 with a malformed update',
      syncFrame(SyncMessageType.step2, new Uint8Array([1, 1, 1])),
      CloseCode.malformedMessage,
    ],
    ['a malformed state vector', syncFrame(SyncMessageType.step1, new Uint8Array([3, 1])), CloseCode.malformedMessage],
    ['a 20 MB frame', huge, CloseCode.messageTooBig],
  ]

  it.each(badFrames)('closes only the sender of %s', async (_name, frame, code) => {
    server = await startTestServer()
    const name = room()
    const pair = track(await connectPair(server.syncUrl, name))
    pair[0].text.insert(0, 'kept;')
    await pair[0].flush()
    expect(await sendRaw(server.syncUrl, name, [frame])).toBe(code)
    await roundTrip(pair)
    const fresh = track(connectClient(server.syncUrl, name))
    await waitFor(() => fresh.text.toString() === pair[0].text.toString(), 'stored state intact')
    expect(fresh.text.toString()).toContain('kept;')
  })

  it('stores the valid updates a connection sent before its malformed one', async () => {
    server = await startTestServer()
    const name = room()
    const code = await sendRaw(server.syncUrl, name, [
      syncFrame(SyncMessageType.update, validUpdate('before the bad frame')),
      new Uint8Array([0x00, 0x02, 0x85]),
    ])
    expect(code).toBe(CloseCode.malformedMessage)
    const fresh = track(connectClient(server.syncUrl, name))
    await waitFor(() => fresh.text.toString() === 'before the bad frame', 'valid update kept')
  })

  it('closes a flood of 10 000 messages with the rate-limit code', async () => {
    server = await startTestServer()
    const name = room()
    const pair = track(await connectPair(server.syncUrl, name))
    const flood = Array.from({ length: 10_000 }, () => encodeDurabilityMessage(1))
    expect(await sendRaw(server.syncUrl, name, flood)).toBe(CloseCode.rateLimited)
    await roundTrip(pair)
  })

  it('refuses more connections than a document allows', async () => {
    server = await startTestServer({ limits: { maxConnectionsPerDocument: 2 } })
    const name = room()
    const pair = track(await connectPair(server.syncUrl, name))
    expect(await sendRaw(server.syncUrl, name, [])).toBe(CloseCode.documentFull)
    await roundTrip(pair)
  })

  it('closes an awareness state larger than the limit', async () => {
    server = await startTestServer()
    const name = room()
    const pair = track(await connectPair(server.syncUrl, name))
    const e = encoding.createEncoder()
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint(e, 4242)
    encoding.writeVarUint(e, 1)
    encoding.writeVarString(e, JSON.stringify({ user: { name: 'x'.repeat(3 * 1024 * 1024) } }))
    const awareness = encoding.createEncoder()
    encoding.writeVarUint(awareness, MessageType.awareness)
    encoding.writeVarUint8Array(awareness, encoding.toUint8Array(e))
    expect(await sendRaw(server.syncUrl, name, [encoding.toUint8Array(awareness)])).toBe(CloseCode.awarenessTooLarge)
    await roundTrip(pair)
  })

  it.each(['..', 'a%00b', 'x'.repeat(10_000), 'möte', '%2e%2e%2fetc'])('refuses the room name %j', async (bad) => {
    server = await startTestServer()
    expect(await sendRaw(server.syncUrl, encodeURI(bad).replaceAll('%25', '%'), [])).toBe('refused')
  })

  it('unloads a document when its last client leaves, compacting its log', async () => {
    server = await startTestServer()
    const name = room()
    const a = connectClient(server.syncUrl, name)
    for (let i = 0; i < 50; i++) a.text.insert(a.text.length, `${i};`)
    await a.flush()
    expect(server.server.relay.openRoomCount).toBe(1)
    a.close()
    await waitFor(() => server.server.relay.openRoomCount === 0, 'room unloaded')
    await waitFor(async () => (await server.storage.updates.load(name)).updates.length === 1, 'log compacted')
    const fresh = track(connectClient(server.syncUrl, name))
    await waitFor(() => fresh.text.toString().endsWith('49;'), 'reloaded from the snapshot')
  })

  it('shows each client the others’ presence and removes it when they leave', async () => {
    server = await startTestServer()
    const name = room()
    const [a, b] = track(await connectPair(server.syncUrl, name))
    a.provider.awareness.setLocalStateField('user', { name: 'Anna' })
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID) !== undefined, 'presence relayed')
    a.close()
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'presence removed')
  })
})
