import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startChildServer, type ChildServer } from './childServer.js'
import { connectClient, connectPair, type SyncClient } from './syncClient.js'
import { waitFor } from './waitFor.js'

const dirs: string[] = []
const servers: ChildServer[] = []
const clients: SyncClient[] = []
afterEach(() => {
  for (const c of clients.splice(0)) c.close()
  for (const s of servers.splice(0)) s.process.kill('SIGKILL')
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-durability-'))
  dirs.push(dir)
  return dir
}

async function start(dir: string): Promise<ChildServer> {
  const server = await startChildServer(dir)
  servers.push(server)
  return server
}

describe('durability across a killed relay', () => {
  it('keeps every acknowledged and every relayed update through SIGKILL, three times', async () => {
    const dir = dataDir()
    let server = await start(dir)
    const room = 'durability-room'
    let expected = ''
    for (let round = 0; round < 3; round++) {
      const [writer, observer] = await connectPair(server.syncUrl, room)
      clients.push(writer, observer)
      for (let i = 0; i < 300; i++) writer.text.insert(writer.text.length, `r${round}k${i};`)
      const acknowledged = writer.flush()
      // Whatever the observer has seen was relayed, hence committed: kill as soon as it has it all.
      await waitFor(() => observer.text.toString().includes(`r${round}k299;`), 'burst relayed')
      await acknowledged
      server.process.kill('SIGKILL')
      expect(await server.exited).toBe('SIGKILL')
      expected = observer.text.toString()
      writer.close()
      observer.close()

      server = await start(dir)
      const fresh = connectClient(server.syncUrl, room)
      clients.push(fresh)
      await waitFor(() => fresh.text.toString() === expected, `round ${round}: state after restart`)
    }
    expect(expected).toContain('r2k299;')
  })

  it('stops cleanly on SIGTERM with everything stored', async () => {
    const dir = dataDir()
    const server = await start(dir)
    const client = connectClient(server.syncUrl, 'term-room')
    clients.push(client)
    client.text.insert(0, 'written before SIGTERM')
    await client.flush()
    server.process.kill('SIGTERM')
    expect(await server.exited).toBe(0)

    const restarted = await start(dir)
    const fresh = connectClient(restarted.syncUrl, 'term-room')
    clients.push(fresh)
    await waitFor(() => fresh.text.toString() === 'written before SIGTERM', 'state after SIGTERM')
  })
})
