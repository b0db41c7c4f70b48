import { CloseCode } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { connectClient, connectPair, type SyncClient } from './syncClient.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'

let server: TestServer
const clients: SyncClient[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.close()
  await server.close()
})

describe('when storing fails', () => {
  it('closes only the writer, keeps serving reads, relays nothing unstored, and recovers', async () => {
    server = await startTestServer()
    const [writer, reader] = await connectPair(server.syncUrl, 'full-disk')
    clients.push(writer, reader)
    writer.text.insert(0, 'lagrat;')
    await writer.flush()
    await waitFor(() => reader.text.toString() === 'lagrat;', 'first write relayed')

    const updates = server.storage.updates
    const append = updates.append.bind(updates)
    let full = true
    updates.append = (room, u) =>
      full ? Promise.reject(new Error('SQLITE_FULL: database or disk is full')) : append(room, u)
    const closes: number[] = []
    writer.provider.on('connection-close', (event: { code: number } | null) => event && closes.push(event.code))
    writer.text.insert(writer.text.length, 'ej lagrat;')
    await waitFor(() => closes.includes(CloseCode.storageUnavailable), 'writer told to come back later')
    expect(reader.provider.wsconnected).toBe(true)
    expect(reader.text.toString()).toBe('lagrat;')
    const late = connectClient(server.syncUrl, 'full-disk')
    clients.push(late)
    await waitFor(() => late.provider.synced && late.text.toString() === 'lagrat;', 'reads still served')

    full = false
    await waitFor(
      () => reader.text.toString() === 'lagrat;ej lagrat;',
      'the writer resent after space returned',
      15_000,
    )
    await writer.flush()
    const stored = await server.storage.updates.load('full-disk')
    expect(stored.updates.length).toBeGreaterThan(1)
  })
})
