import { applyTemplate, CLIENT_PARAMS, fragmentToJson, getBody, SCHEMA_VERSION } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { bodyProblems, canonical, randomEdit } from './fuzz/randomEdits.js'
import { seededRandom } from './seededRandom.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'

let server: TestServer
const cleanups: Array<() => void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) c()
  await server.close()
})

function device(doc: Y.Doc, room: string): WebsocketProvider {
  const provider = new WebsocketProvider(server.syncUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { [CLIENT_PARAMS.schemaVersion]: String(SCHEMA_VERSION) },
  })
  cleanups.push(() => provider.destroy())
  return provider
}

const body = (doc: Y.Doc) => canonical(fragmentToJson(getBody(doc)))

describe('a device offline for a week', () => {
  it('merges 5 000 local edits with what the others wrote meanwhile', async () => {
    server = await startTestServer()
    const room = 'offline-week'
    const random = seededRandom(7)
    const laptop = new Y.Doc()
    const office = new Y.Doc()
    applyTemplate(laptop, room, 'actionPlan')
    applyTemplate(office, room, 'actionPlan')
    const laptopLink = device(laptop, room)
    const officeLink = device(office, room)
    await waitFor(() => laptopLink.synced && officeLink.synced && body(laptop) === body(office), 'both in step')

    // The laptop goes offline for a week (its copy stays in memory, as IndexedDB would keep it).
    laptopLink.disconnect()
    for (let i = 0; i < 5000; i++) randomEdit(laptop, random)
    // Meanwhile the office writes, the document leaves the relay's memory and is compacted.
    for (let i = 0; i < 300; i++) randomEdit(office, random)
    officeLink.disconnect()
    await waitFor(() => server.server.relay.openRoomCount === 0, 'the document to unload')
    const laptopEdits = Y.encodeStateVector(laptop)

    laptopLink.connect()
    officeLink.connect()
    await waitFor(
      () => laptopLink.synced && officeLink.synced && body(laptop) === body(office),
      'the week’s edits to merge',
      60_000,
    )
    const fresh = new Y.Doc()
    const freshLink = device(fresh, room)
    await waitFor(() => freshLink.synced && body(fresh) === body(laptop), 'a fresh device to get the merge')
    const stored = new Y.Doc()
    for (const update of (await server.storage.updates.load(room)).updates) Y.applyUpdate(stored, update)
    expect(body(stored)).toBe(body(laptop))
    // Every offline edit arrived: the merged document knows all the laptop's operations.
    const merged = Y.decodeStateVector(Y.encodeStateVector(stored))
    for (const [client, clock] of Y.decodeStateVector(laptopEdits))
      expect(merged.get(client)).toBeGreaterThanOrEqual(clock)
    expect(bodyProblems(stored)).toEqual([])
  }, 120_000)
})
