import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { encodeDurabilityMessage, MessageType, readDurabilitySeq } from '@samskriv/shared'
import type * as decoding from 'lib0/decoding'
import type * as encoding from 'lib0/encoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type WebSocket from 'ws'
import type { WebsocketProvider } from 'y-websocket'
import { signIn, type SignedIn } from './accounts.js'
import { bundleForChild } from './bundleForChild.js'
import { tokenClient } from './relayClient.js'
import {
  CI_SIZES,
  closedOrAfter,
  commentsUpdate,
  craftedProposal,
  FULL_SIZES,
  orphanFrame,
  raw,
  sleeper,
  typedProposal,
  writeParagraphs,
} from './stall/attacks.js'
import { waitFor } from './waitFor.js'

/**
 * While each attack of issue 13 runs, a poller asks /healthz every 50 ms and a bystander types in
 * another document every 100 ms (in a process of their own); the p99 of both stays under 200 ms.
 * On a quiet machine (the witnesses' own p99 while nothing happens at most 20 ms, as in CI) that is
 * absolute; on a shared, loaded one (which delays every process) the quiet p99 is allowed on top.
 * STALL_STRICT=1 judges absolutely whatever the machine. Every line reports the absolute figures. The server runs in its own process, its
 * database on tmpfs where there is one: the test measures how long the server's work holds
 * everyone up, not the disk (the bench measures that). Each line of the report also says how long
 * the server's event loop was held up at most.
 * STALL_SECONDS (default 3) per attack; STALL_SIZE=full for the issue's sizes.
 */
const SECONDS = Number(process.env.STALL_SECONDS ?? 3)
const SIZES = process.env.STALL_SIZE === 'full' ? FULL_SIZES : CI_SIZES
const P99_LIMIT_MS = 200
/** A machine whose witnesses' quiet p99 is at most this is quiet: the limit is absolute there. */
const QUIET_MACHINE_MS = 20
const STRICT = process.env.STALL_STRICT === '1'

const here = path.dirname(fileURLToPath(import.meta.url))
const tmp = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir()
const dataDir = fs.mkdtempSync(path.join(tmp, 'samskriv-stall-'))
const children: ChildProcess[] = []
const sockets: WebSocket[] = []
const results: string[] = []

let server: ChildProcess
let httpUrl = ''
let syncUrl = ''
let probe: ChildProcess
const people: Record<string, SignedIn> = {}
const documents = { bystander: '', target: '', exported: '' }

function ask<T>(child: ChildProcess, message: unknown): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (answer) => resolve(answer as T))
    child.send(message as string)
  })
}

async function forkBundled(file: string, env: Record<string, string> = {}): Promise<ChildProcess> {
  // STALL_PROFILE=<dir> writes a CPU profile of the server, to see what held it up.
  const profile = process.env.STALL_PROFILE && file === 'stallServer.ts' ? process.env.STALL_PROFILE : null
  const child = fork(await bundleForChild(path.join(here, 'stall', file)), [], {
    execArgv: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  children.push(child)
  return child
}

let nextSeq = 1
/** Resolves when the relay has stored everything the provider sent so far. */
async function stored(provider: WebsocketProvider): Promise<void> {
  const seq = nextSeq++
  let acked = false
  provider.messageHandlers[MessageType.durability] = (_e: encoding.Encoder, decoder: decoding.Decoder) => {
    if (readDurabilitySeq(decoder) === seq) acked = true
  }
  provider.ws!.send(encodeDurabilityMessage(seq))
  await waitFor(() => acked, 'the text stored', 60_000)
}

const token = async (who: string, id: string) =>
  (await people[who]!.api('GET', `/api/documents/${id}/token`)).body.token as string

const p99 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0
}

const witness = () => ask<{ polls: number[]; typed: number[] }>(probe, { report: true })

/**
 * The witnesses' p99 while nothing happens: what the machine itself adds (other programs on its
 * two cores). On a quiet machine it is a few milliseconds.
 */
async function quiet(): Promise<{ polls: number; typed: number }> {
  await witness()
  await new Promise((resolve) => setTimeout(resolve, 1500))
  const { polls, typed } = await witness()
  return { polls: p99(polls), typed: p99(typed) }
}

/** What may be added to the limit for a machine this noisy (nothing on a quiet one). */
const allowance = (quietP99: number) => (STRICT || quietP99 <= QUIET_MACHINE_MS ? 0 : quietP99)

/**
 * Runs an attack for SECONDS (it repeats until `until`); the witnesses' p99 must stay under
 * 200 ms, plus on a noisy machine what they saw of it just before and just after, while nothing
 * happened.
 */
async function underAttack(name: string, attack: (until: number) => Promise<unknown>): Promise<void> {
  const before = await quiet()
  await ask(server, 'stats')
  await attack(Date.now() + SECONDS * 1000)
  const { polls, typed } = await witness()
  const { maxDelayMs } = await ask<{ maxDelayMs: number }>(server, 'stats')
  // What the attack left to do finishes first; then the machine's own noise again.
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const after = await quiet()
  const noise = { polls: Math.max(before.polls, after.polls), typed: Math.max(before.typed, after.typed) }
  const limit = { polls: P99_LIMIT_MS + allowance(noise.polls), typed: P99_LIMIT_MS + allowance(noise.typed) }
  const line =
    `${name}: /healthz p99 ${p99(polls).toFixed(0)} ms, max ${Math.max(...polls).toFixed(0)} ms ` +
    `(${polls.length} polls; quiet p99 ${noise.polls.toFixed(0)} ms; limit ${limit.polls.toFixed(0)} ms), ` +
    `typing p99 ${p99(typed).toFixed(0)} ms, max ${Math.max(...typed).toFixed(0)} ms ` +
    `(${typed.length} keystrokes; quiet p99 ${noise.typed.toFixed(0)} ms; limit ${limit.typed.toFixed(0)} ms), ` +
    `event loop held up to ${maxDelayMs.toFixed(0)} ms`
  results.push(line)
  console.log(`stall ${line}`)
  expect(polls.length, line).toBeGreaterThan(SECONDS * 10)
  expect(typed.length, line).toBeGreaterThan(SECONDS * 5)
  expect(p99(polls), line).toBeLessThan(limit.polls)
  expect(p99(typed), line).toBeLessThan(limit.typed)
}

beforeAll(async () => {
  server = await forkBundled('stallServer.ts', { DATA_DIR: dataDir })
  const { port, users } = await new Promise<{ port: number; users: Record<string, string> }>((resolve) =>
    server.once('message', (m) => resolve(m as never)),
  )
  httpUrl = `http://127.0.0.1:${port}`
  syncUrl = `ws://127.0.0.1:${port}/sync`
  for (const [name, id] of Object.entries(users)) {
    people[name] = await signIn({ httpUrl }, `${name.toLowerCase()}@example.se`, id)
  }
  const admin = people.Admin!
  const group = (await admin.api('POST', '/api/groups', { name: 'Samordnande grupp', kind: 'coordinating' })).body
  const roles = { Eva: 'editor', Kim: 'coordinator', Cia: 'commenter', Rut: 'reader', Bo: 'editor' }
  for (const [name, role] of Object.entries(roles)) {
    await admin.api('PUT', `/api/groups/${group.id}/members/${users[name]}`, { role })
  }
  const create = async (who: string, title: string, type = 'actionPlan') =>
    (await people[who]!.api('POST', '/api/documents', { title, type, groupId: group.id })).body.id as string
  documents.bystander = await create('Bo', 'Bystanderns dokument', 'guidance')
  documents.target = await create('Eva', 'Protokoll', 'protocol')
  documents.exported = await create('Eva', 'Stor handlingsplan')

  // The exported document: large, approved in several versions.
  const writer = tokenClient(syncUrl, documents.exported, await token('Eva', documents.exported))
  await waitFor(() => writer.provider.synced, 'the writer synced')
  for (let version = 1; version <= SIZES.versions; version++) {
    writeParagraphs(writer.doc, SIZES.exportedChars / SIZES.versions)
    await stored(writer.provider)
    const approved = await people.Kim!.api('POST', `/api/documents/${documents.exported}/approve`, {
      onBehalfOf: 'LGL',
    })
    expect(approved.status).toBe(201)
    if (version < SIZES.versions) await people.Kim!.api('POST', `/api/documents/${documents.exported}/revisions`)
    await waitFor(() => writer.notices.at(-1)?.lock.state === (version < SIZES.versions ? 'draft' : 'approved'), 'lock')
  }
  writer.close()

  probe = await forkBundled('stallProbe.ts')
  const room = documents.bystander
  await ask(probe, { start: { httpUrl, syncUrl, room, token: await token('Bo', room) } })
}, 300_000)

afterAll(async () => {
  for (const ws of sockets) ws.terminate()
  probe?.kill('SIGKILL')
  const stopped = new Promise((resolve) => server?.once('exit', resolve))
  server?.send('stop')
  await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 5000))])
  for (const child of children) child.kill('SIGKILL')
  console.log(
    `stall test (${SECONDS} s per attack, ${process.env.STALL_SIZE ?? 'ci'} sizes):\n  ${results.join('\n  ')}`,
  )
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('stall', () => {
  it('comments: large updates and a flood of single comments, past every comment limit', async () => {
    const cia = people.Cia!.id
    // 600 comments of 4000 letters (about 4.8 MB) or 700 (5.6 MB; the were 7 MB).
    const large = Array.from({ length: SIZES.largeCommentUpdates }, () =>
      commentsUpdate(cia, SIZES.commentsPerUpdate, 4000),
    )
    const singles = Array.from({ length: 600 }, () => commentsUpdate(cia, 1, 400))
    const room = `${documents.target}/annotations`
    const ciaToken = await token('Cia', documents.target)
    await underAttack('comments', async (until) => {
      let next = 0
      for (const frame of large) {
        const ws = await raw(syncUrl, room, ciaToken)
        ws.send(frame)
        await closedOrAfter(ws, 2000)
        ws.terminate()
      }
      while (Date.now() < until) {
        const ws = await raw(syncUrl, room, ciaToken)
        for (let i = 0; i < 100 && ws.readyState === ws.OPEN; i++) ws.send(singles[next++ % singles.length]!)
        await closedOrAfter(ws, 300)
        ws.terminate()
      }
    })
  })

  it('exports: every version as PDF, Markdown and HTML, four at a time, again and again', async () => {
    const rut = people.Rut!
    const id = documents.exported
    const files = Array.from({ length: SIZES.versions }, (_, v) =>
      ['pdf', 'md', 'html'].map((f) => `${v + 1}/export.${f}`),
    ).flat()
    await underAttack('exports', async (until) => {
      for (let round = 0; Date.now() < until; round++) {
        const four = [0, 1, 2, 3].map((i) => files[(round * 4 + i) % files.length]!)
        await Promise.all(four.map((file) => rut.api('GET', `/api/documents/${id}/versions/${file}`)))
      }
    })
  })

  it('proposals: large, crafted and many, from one editor', async () => {
    const eva = people.Eva!
    const id = documents.target
    const state = new Uint8Array()
    const bodies = [typedProposal(state, 0.95 * 1024 * 1024), craftedProposal(0.95 * 1024 * 1024)]
    await underAttack('proposals', async (until) => {
      let statuses: number[] = []
      for (let round = 0; Date.now() < until; round++) {
        // As the app sends them: the update itself as the body.
        const answers = await Promise.all(
          [0, 1, 2, 3, 4, 5].map((i) =>
            fetch(`${httpUrl}/api/documents/${id}/proposals?baseRevision=1`, {
              method: 'POST',
              headers: { cookie: eva.cookie, 'content-type': 'application/octet-stream' },
              body: bodies[(round + i) % 2],
            }),
          ),
        )
        statuses = [...statuses, ...answers.map((a) => a.status)]
      }
      // Stored, refused past the limit (429) or, on a loaded machine, past the check's time (400).
      expect(
        statuses.every((status) => [201, 400, 429].includes(status)),
        statuses.join(),
      ).toBe(true)
    })
  })

  it('connections, documents, waiting updates and clients that never read', async () => {
    const rutToken = await token('Rut', documents.target)
    const exportedToken = await token('Rut', documents.exported)
    const orphans = Array.from({ length: 12 }, () => orphanFrame(128 * 1024))
    await underAttack('connections', async (until) => {
      const grab = Promise.all(
        Array.from({ length: SIZES.connections }, () =>
          raw(syncUrl, documents.target, rutToken).then((ws) => sockets.push(ws)),
        ),
      )
      const create = (async () => {
        for (let n = 0; n < SIZES.documents && Date.now() < until; n++) {
          await people.Eva!.api('POST', '/api/documents', { title: `Flod ${n}`, type: 'guidance' })
        }
      })()
      const pending = (async () => {
        const ws = await raw(syncUrl, documents.target, await token('Eva', documents.target))
        for (const frame of orphans) if (ws.readyState === ws.OPEN) ws.send(frame)
        await closedOrAfter(ws, 5000)
        ws.terminate()
      })()
      const sleepers = Promise.all([1, 2, 3, 4].map(() => sleeper(syncUrl, documents.exported, exportedToken)))
      await Promise.all([grab, create, pending, sleepers.then((list) => sockets.push(...list))])
      while (Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100))
    })
  })
})
