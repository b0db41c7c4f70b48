import path from 'node:path'
import * as Y from 'yjs'
import { benchSizes } from '../benchSizes.js'
import { connectClient, connectSynced } from '../clients/connectClient.js'
import { hasState, stateOf, whenHasState } from '../clients/sameState.js'
import { EditWriter } from '../docs/EditWriter.js'
import { sqliteUsage } from '../measure/sqliteUsage.js'
import { waitFor } from '../measure/waitFor.js'
import { launchRelay } from '../relays/launchRelay.js'
import type { RelayKind } from '../relays/RelayKind.js'
import { RELAYS } from '../relays/relayKinds.js'
import { kib, ratio } from '../report/formatNumber.js'
import type { Scope } from '../Scope.js'
import { eachRelay } from './eachRelay.js'
import type { Scenario } from './Scenario.js'

interface StorageFigures {
  readonly edits: number
  readonly encodedBytes: number
  /** Storage of the relay with no document yet (ours: the empty database's tables). */
  readonly emptyBytes: number
  /** Storage while the writers are still connected. */
  readonly openBytes: number
  /** Storage once every client has left and the room has unloaded. */
  readonly unloadedBytes: number
  /** Storage once the relay has stopped (SIGTERM: ours folds its WAL back into the database file). */
  readonly stoppedBytes: number
  /** Ours only: of the stopped database file, the pages holding data (the rest are free pages). */
  readonly liveBytes: number | null
  /** Whether a fresh client found the whole document after the unload. */
  readonly intact: boolean
  readonly writeSeconds: number
}

/** Edits (one message each) per writer per tick of 25 ms: 400 messages/s, inside our 500/s limit. */
const EDITS_PER_TICK = 10
const TICK_MS = 25

async function measure(scope: Scope, relayKind: RelayKind, quick: boolean): Promise<StorageFigures> {
  const sizes = benchSizes(quick).storageGrowth
  const relay = await launchRelay(scope, relayKind)
  const emptyBytes = relay.storageBytes()
  const room = `storage-${Date.now().toString(36)}`
  const writers = await connectSynced(scope, relay, room, sizes.writers)
  const editors = writers.map((writer, i) => new EditWriter(writer.doc, i + 1))
  const perWriter = Math.ceil(sizes.edits / sizes.writers)
  const started = Date.now()
  for (let done = 0; done < perWriter; done += EDITS_PER_TICK) {
    scope.check()
    for (const editor of editors) editor.write(Math.min(EDITS_PER_TICK, perWriter - done), 1)
    await new Promise((resolve) => setTimeout(resolve, TICK_MS))
  }
  // Every writer has everyone's edits, and ours has confirmed storing them.
  const all = new Map<number, number>()
  for (const writer of writers) for (const [client, clock] of stateOf(writer.doc)) all.set(client, clock)
  await waitFor(() => writers.every((w) => hasState(w.doc, all)), 'writers converged', 120_000, 20)
  await Promise.all(writers.map((w) => w.durable?.() ?? Promise.resolve()))
  const writeSeconds = (Date.now() - started) / 1000
  const encodedBytes = Y.encodeStateAsUpdate(writers[0]?.doc ?? new Y.Doc()).byteLength
  const openBytes = relay.storageBytes()

  for (const writer of writers) writer.close()
  // The room unloads (ours compacts then); wait until the files have not changed for 2 s.
  let last = -1
  let stableSince = Date.now()
  await waitFor(
    () => {
      const now = relay.storageBytes()
      if (now !== last) {
        last = now
        stableSince = Date.now()
      }
      return Date.now() - stableSince >= 2000
    },
    'storage to settle after unload',
    60_000,
    100,
  )
  const unloadedBytes = relay.storageBytes()
  const fresh = connectClient(scope, relay, room)
  const intact = await whenHasState(fresh, all, 60_000).then(
    () => true,
    () => false,
  )
  fresh.close()
  // Wait for the fresh client's room to unload again, then stop the relay the way an operator would.
  await new Promise((resolve) => setTimeout(resolve, 1000))
  await relay.process.stop()
  const stoppedBytes = relay.storageBytes()
  const liveBytes =
    relayKind.id === 'samskriv' ? sqliteUsage(path.join(relay.dataDir, 'samskriv.sqlite')).liveBytes : null
  return {
    edits: perWriter * sizes.writers,
    encodedBytes,
    emptyBytes,
    openBytes,
    unloadedBytes,
    stoppedBytes,
    liveBytes,
    intact,
    writeSeconds,
  }
}

export const storageGrowth: Scenario = {
  name: 'storage-growth',
  title: 'Storage growth: many small edits, then the room unloads; bytes on disk vs the encoded document',
  timeoutMs: (quick) => (quick ? 90_000 : 900_000),
  async run(context, output) {
    const sizes = benchSizes(context.quick).storageGrowth
    const persistent = RELAYS.filter((relay) => relay.persistent)
    const results = await eachRelay(context, output, persistent, 'storage growth', (relay, scope) =>
      measure(scope, relay, context.quick),
    )
    output.figures.storageGrowth = Object.fromEntries([...results].map(([relay, f]) => [relay.id, f]))
    output.tables.push({
      title:
        `Storage growth: ${sizes.edits} edits from ${sizes.writers} writers, one message each ` +
        '(KiB; ratio = on disk after unload / encoded document)',
      columns: [
        'relay',
        'encoded',
        'empty store',
        'while open',
        'after unload',
        'ratio',
        'after stop',
        'stop ratio',
        'live data',
        'intact',
        'write s',
      ],
      rows: persistent.map((relay) => {
        const f = results.get(relay)
        if (!f) return [relay.label, 'failed', null, null, null, null, null, null, null, null, null]
        return [
          relay.label,
          kib(f.encodedBytes),
          kib(f.emptyBytes),
          kib(f.openBytes),
          kib(f.unloadedBytes),
          ratio(f.unloadedBytes, f.encodedBytes),
          kib(f.stoppedBytes),
          ratio(f.stoppedBytes, f.encodedBytes),
          f.liveBytes === null ? '' : kib(f.liveBytes),
          f.intact ? 'yes' : 'NO',
          f.writeSeconds.toFixed(1),
        ]
      }),
    })
    const ours = [...results].find(([relay]) => relay.id === 'samskriv')?.[1]
    if (ours) {
      output.targets.push({
        target: 'storage growth: SQLite file + WAL ≤ 2× the encoded document after unload',
        measured:
          `${kib(ours.unloadedBytes)} KiB vs ${kib(ours.encodedBytes)} KiB encoded (${ratio(ours.unloadedBytes, ours.encodedBytes)}` +
          `; ${kib(ours.emptyBytes)} KiB of it is the empty database; after a clean stop ` +
          `${kib(ours.stoppedBytes)} KiB, of which ${kib(ours.liveBytes)} KiB hold data)`,
        met: ours.unloadedBytes <= 2 * ours.encodedBytes,
      })
      if (!ours.intact) output.notes.push('storage growth: our relay did NOT give a fresh client the whole document')
    }
    for (const [relay, f] of results) {
      if (relay.id !== 'samskriv' && !f.intact)
        output.notes.push(`storage growth: ${relay.label} lost part of the document`)
    }
  },
}
