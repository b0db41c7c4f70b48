import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { bundleForChild } from './bundleForChild.js'
import { seededRandom } from './seededRandom.js'
import { connectClient, type SyncClient } from './syncClient.js'
import { waitFor } from './waitFor.js'

/** SOAK_SECONDS=300 for the five minutes of the issue; CI runs 20 s. */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 20)
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 200)
const DOCUMENTS = 20

interface Stats {
  rss: number
  heapUsed: number
  rooms: number
  connections: number
  fds: number
}

const here = path.dirname(fileURLToPath(import.meta.url))
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-soak-'))
let child: ChildProcess | null = null
const clients = new Set<SyncClient>()
afterAll(() => {
  for (const c of clients) c.close()
  child?.kill('SIGKILL')
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function ask(process: ChildProcess): Promise<Stats> {
  return new Promise((resolve) => {
    process.once('message', (message) => resolve(message as Stats))
    process.send('stats')
  })
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10

describe('soak', () => {
  it(
    `${CLIENTS} clients for ${SECONDS} s: no memory trend, no leaked documents or file descriptors`,
    async () => {
      const entry = await bundleForChild(path.join(here, 'soak', 'soakServer.ts'))
      let output = ''
      const server = fork(entry, [], {
        execArgv: ['--expose-gc'],
        env: { ...process.env, DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      })
      child = server
      server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
      server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
      const port = await new Promise<number>((resolve) =>
        server.once('message', (message) => resolve((message as { port: number }).port)),
      )
      const syncUrl = `ws://127.0.0.1:${port}/sync`
      const random = seededRandom(200)

      // Warm up (the update-checking worker, SQLite's statements), then take the baseline.
      const warm = connectClient(syncUrl, 'soak-0')
      warm.text.insert(0, 'uppvärmning')
      await warm.flush()
      warm.close()
      await waitFor(async () => (await ask(server)).rooms === 0, 'the warm-up document to unload')
      const baseline = await ask(server)

      const join = () => {
        const client = connectClient(syncUrl, `soak-${Math.floor(random() * DOCUMENTS)}`)
        clients.add(client)
        return client
      }
      for (let i = 0; i < CLIENTS; i++) join()
      const samples: Stats[] = []
      const end = Date.now() + SECONDS * 1000
      let tick = 0
      while (Date.now() < end) {
        // Everyone types a little and deletes as much (documents stay small), moves a caret…
        for (const client of clients) {
          if (!client.provider.wsconnected || random() < 0.5) continue
          const text = client.text
          if (text.length > 200 && random() < 0.6) text.delete(Math.floor(random() * (text.length - 5)), 5)
          else text.insert(Math.floor(random() * (text.length + 1)), 'abcde')
          client.provider.awareness.setLocalStateField('cursor', { at: Math.floor(random() * 100), tick })
        }
        // …and some leave while others arrive.
        for (const client of [...clients].filter(() => random() < 0.03)) {
          clients.delete(client)
          client.close()
          join()
        }
        await new Promise((resolve) => setTimeout(resolve, 500))
        if (tick++ % 2 === 1) samples.push(await ask(server))
      }

      for (const client of clients) client.close()
      clients.clear()
      await waitFor(
        async () => {
          const s = await ask(server)
          return s.rooms === 0 && s.connections === 0
        },
        'every document to unload',
        60_000,
      )
      await waitFor(async () => (await ask(server)).fds <= baseline.fds, 'file descriptors back to the start', 20_000)

      const third = Math.max(1, Math.floor(samples.length / 3))
      const first = mean(samples.slice(0, third).map((s) => s.heapUsed))
      const last = mean(samples.slice(-third).map((s) => s.heapUsed))
      const report =
        `heap after GC: first third ${mb(first)} MB, last third ${mb(last)} MB; ` +
        `RSS ${mb(samples[0]!.rss)} → ${mb(samples.at(-1)!.rss)} MB; fds ${baseline.fds} at start`
      console.log(`soak (${CLIENTS} clients, ${SECONDS} s): ${report}`)
      expect(last, report).toBeLessThan(first * 1.2 + 4e6)
      expect(output, 'the server logged errors').not.toMatch(/"level":(50|60)/)
      server.send('stop')
    },
    (SECONDS + 120) * 1000,
  )
})
