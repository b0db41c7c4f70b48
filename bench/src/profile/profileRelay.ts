/**
 * Profiles our relay (`node server/dist/main.js`, OPEN_MODE=1, a fresh data directory) under the
 * bench's fan-out load: a CPU profile of the whole run and heap snapshots at idle and with many
 * documents open, each summarised. `npm run profile -w bench -- [--clients 50] [--rate 50]
 * [--seconds 15] [--documents 500] [--out dir]`. The raw `.cpuprofile`/`.heapsnapshot` files stay
 * in the output directory (open them in Chrome's DevTools).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { connectClient, connectSynced } from '../clients/connectClient.js'
import { EditWriter } from '../docs/EditWriter.js'
import { stateOf, whenHasState } from '../clients/sameState.js'
import { readCpuSeconds, readMemory } from '../measure/procStats.js'
import { steadyRss } from '../measure/RssSampler.js'
import { repoRoot } from '../paths.js'
import { RelayProcess } from '../relays/RelayProcess.js'
import { RELAYS } from '../relays/relayKinds.js'
import type { RunningRelay } from '../relays/RelayKind.js'
import { Scope } from '../Scope.js'
import { summarizeCpuProfile, type ProfileWindow } from './summarizeCpuProfile.js'
import { summarizeHeapSnapshot } from './summarizeHeapSnapshot.js'

const args = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? Number(args[index + 1]) : fallback
}
const outIndex = args.indexOf('--out')
const out =
  outIndex >= 0 ? path.resolve(args[outIndex + 1]!) : fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-profile-'))
const clientCount = option('clients', 50)
const rate = option('rate', 50)
const seconds = option('seconds', 15)
const documents = option('documents', 500)
fs.mkdirSync(out, { recursive: true })
process.setMaxListeners(0)

const scope = new Scope()
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-profile-data-'))
const { process: relayProcess, ready } = await RelayProcess.start({
  args: [
    '--cpu-prof',
    '--cpu-prof-dir',
    out,
    '--heapsnapshot-signal=SIGUSR2',
    path.join(repoRoot, 'server/dist/main.js'),
  ],
  cwd: out,
  env: {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    OPEN_MODE: '1',
    CLIENT_DIR: path.join(repoRoot, 'client/dist'),
  },
  ready: /running at http:\/\/[^:]+:(\d+)/,
})
// The relay runs with its working directory in `out` so its snapshots land there.
const port = Number(ready[1])
const samskriv = RELAYS.find((r) => r.id === 'samskriv')!
const relay: RunningRelay = {
  kind: samskriv,
  process: relayProcess,
  port,
  syncUrl: `ws://127.0.0.1:${port}/sync`,
  dataDir,
  storageBytes: () => 0,
}
const pid = relayProcess.pid
const nowMicros = () => Number(process.hrtime.bigint() / 1000n)
const windows: Array<[label: string, window: ProfileWindow]> = []
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const report: string[] = []
const line = (text: string) => {
  console.log(text)
  report.push(text)
}

async function stableSize(file: string): Promise<boolean> {
  const size = fs.statSync(file).size
  await settle(1000)
  return size === fs.statSync(file).size
}

async function snapshot(label: string): Promise<void> {
  const before = new Set(fs.readdirSync(out))
  process.kill(pid, 'SIGUSR2')
  let file: string | undefined
  for (let i = 0; i < 600 && !file; i++) {
    await settle(200)
    file = fs.readdirSync(out).find((f) => f.endsWith('.heapsnapshot') && !before.has(f))
    // Written in pieces: wait until it ends as a whole JSON document does.
    if (file) {
      for (;;) {
        const fd = fs.openSync(path.join(out, file), 'r')
        const { size } = fs.fstatSync(fd)
        const tail = Buffer.alloc(Math.min(size, 16))
        fs.readSync(fd, tail, 0, tail.length, size - tail.length)
        fs.closeSync(fd)
        if (/\]\s*\}\s*$/.test(tail.toString()) && (await stableSize(path.join(out, file)))) break
        await settle(500)
      }
    }
  }
  if (!file) throw new Error('no heap snapshot written')
  const renamed = path.join(out, `${label}.heapsnapshot`)
  fs.renameSync(path.join(out, file), renamed)
  line(
    `\n## Heap at ${label} (RSS ${(readMemory(pid).rssBytes / 2 ** 20).toFixed(1)} MiB, threads ${fs.readdirSync(`/proc/${pid}/task`).length})`,
  )
  line(summarizeHeapSnapshot(renamed))
}

try {
  await settle(1000)
  line(`# Relay profile: ${clientCount} clients, 2 writers × ${rate}/s for ${seconds} s, then ${documents} documents`)
  line(`RSS at start ${(readMemory(pid).rssBytes / 2 ** 20).toFixed(1)} MiB`)
  await snapshot('idle')

  // Fan-out: two writers, every other client receives.
  const clients = await connectSynced(scope, relay, `profile-fanout`, clientCount)
  let delivered = 0
  for (const client of clients.slice(1)) client.doc.getArray('fanout').observe(() => void delivered++)
  const perWriter = rate * seconds
  const cpuBefore = readCpuSeconds(pid)
  const fanOutFrom = nowMicros()
  const started = performance.now()
  await Promise.all(
    clients.slice(0, 2).map(async (writer, w) => {
      const log = writer.doc.getArray<string>('fanout')
      for (let n = 0; n < perWriter; n++) {
        const wait = started + (n * 1000) / rate + (w * 500) / rate - performance.now()
        if (wait > 0) await settle(wait)
        log.push([`${w}:${n}`])
      }
    }),
  )
  await settle(200)
  windows.push(['fan-out', [fanOutFrom, nowMicros()]])
  const cpu = readCpuSeconds(pid) - cpuBefore
  const wall = (performance.now() - started) / 1000
  line(
    `\nfan-out: ${2 * perWriter} updates in ${wall.toFixed(1)} s, relay CPU ${cpu.toFixed(2)} s ` +
      `(${((cpu * 1e6) / (2 * perWriter)).toFixed(0)} µs per update, ${((cpu * 1e6) / (2 * perWriter * (clientCount - 1))).toFixed(1)} µs per delivery), ` +
      `RSS ${(readMemory(pid).rssBytes / 2 ** 20).toFixed(1)} MiB`,
  )
  for (const client of clients) client.close()
  await settle(2000)

  // Many documents: each written by one client (100 edits) and synced by a second, all kept open.
  const open: Array<{ close(): void }> = []
  const manyFrom = nowMicros()
  for (let start = 0; start < documents; start += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, documents - start) }, async (_, i) => {
        const room = `profile-many-${start + i}`
        const writer = connectClient(scope, relay, room)
        await writer.whenSynced()
        new EditWriter(writer.doc, start + i + 1).write(100, 10)
        const reader = connectClient(scope, relay, room)
        await whenHasState(reader, stateOf(writer.doc))
        open.push(writer, reader)
      }),
    )
  }
  windows.push([`opening ${documents} documents`, [manyFrom, nowMicros()]])
  await settle(2000)
  line(`\n${documents} documents open: steady RSS ${((await steadyRss(pid, 2000)) / 2 ** 20).toFixed(1)} MiB`)
  await snapshot(`${documents}-documents`)
  for (const client of open) client.close()
  await relayProcess.stop(60_000)
  await settle(500)
  const profile = fs.readdirSync(out).find((f) => f.endsWith('.cpuprofile'))
  if (profile) {
    for (const [label, window] of windows) {
      line(`\n## CPU profile: ${label}`)
      line(summarizeCpuProfile(path.join(out, profile), window))
    }
  }
  fs.writeFileSync(path.join(out, 'summary.md'), `${report.join('\n')}\n`)
  console.log(`\nWritten to ${out}`)
} finally {
  await scope.dispose()
  await relayProcess.kill()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
