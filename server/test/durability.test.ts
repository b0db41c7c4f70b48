import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { startChildServer, type ChildServer } from './childServer.js'
import { seededRandom } from './seededRandom.js'
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

  it('keeps everything acknowledged or relayed when killed at random moments of write bursts, 20 times', async () => {
    const dir = dataDir()
    const random = seededRandom(Number(process.env.KILL_SEED ?? 20))
    const room = 'kill-burst-room'
    /** Everything some client saw acknowledged or relayed, across all rounds. */
    const mustHave = new Y.Doc()
    for (let round = 0; round < 20; round++) {
      const server = await start(dir)
      const [writer, observer] = await connectPair(server.syncUrl, room)
      clients.push(writer, observer)
      // After every restart: everything acknowledged or relayed before the kill is there.
      const missing = Y.decodeUpdate(Y.encodeStateAsUpdate(mustHave, Y.encodeStateVector(observer.doc)))
      expect(missing.structs, `round ${round}: lost after restart`).toEqual([])
      // A burst: a keystroke every few milliseconds, a durability request every few keystrokes.
      let acknowledged: Uint8Array | null = null
      let stop = false
      const burst = (async () => {
        for (let i = 0; !stop; i++) {
          writer.text.insert(writer.text.length, `r${round}k${i};`)
          if (i % 5 === 4) {
            const state = Y.encodeStateAsUpdate(writer.doc)
            void writer.flush().then(
              () => (acknowledged = state),
              () => {},
            )
          }
          await new Promise((resolve) => setTimeout(resolve, 1 + random() * 4))
        }
      })()
      await new Promise((resolve) => setTimeout(resolve, 100 + random() * 600))
      server.process.kill('SIGKILL')
      stop = true
      await burst
      expect(await server.exited).toBe('SIGKILL')
      // Taken after the kill: nothing can arrive any more.
      Y.applyUpdate(mustHave, Y.encodeStateAsUpdate(observer.doc))
      if (acknowledged) Y.applyUpdate(mustHave, acknowledged)
      writer.close()
      observer.close()

      const db = new BetterSqlite3(path.join(dir, 'samskriv.sqlite'))
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      db.close()
    }
    const server = await start(dir)
    const fresh = connectClient(server.syncUrl, room)
    clients.push(fresh)
    await waitFor(() => fresh.provider.synced, 'sync after the last restart')
    const missing = Y.decodeUpdate(Y.encodeStateAsUpdate(mustHave, Y.encodeStateVector(fresh.doc)))
    expect(missing.structs).toEqual([])
    expect(fresh.text.toString()).toContain('r19k')
  }, 180_000)

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
