import { performance } from 'node:perf_hooks'
import { benchSizes } from '../benchSizes.js'
import { connectClient } from '../clients/connectClient.js'
import { whenHasState } from '../clients/sameState.js'
import { buildDocument } from '../docs/buildDocument.js'
import { median } from '../measure/summarize.js'
import { launchRelay } from '../relays/launchRelay.js'
import type { RelayKind, RunningRelay } from '../relays/RelayKind.js'
import { RELAYS } from '../relays/relayKinds.js'
import { kib, ms, ratio } from '../report/formatNumber.js'
import type { Scope } from '../Scope.js'
import { eachRelay } from './eachRelay.js'
import type { Scenario } from './Scenario.js'

interface InitialSyncFigures {
  readonly encodedBytes: number
  readonly textLength: number
  /** A fresh client's sync while the document is open in the relay (its writer still connected), ms. */
  readonly warmMs: number[]
  /** A fresh client's sync after the document left memory, so the relay loads it from disk, ms. */
  readonly coldMs: number[] | null
}

/** Time from creating a client until it has everything in `state`. */
async function timeFreshSync(scope: Scope, relay: RunningRelay, room: string, state: Map<number, number>) {
  const started = performance.now()
  const client = connectClient(scope, relay, room)
  await whenHasState(client, state, 120_000)
  const elapsed = performance.now() - started
  client.close()
  return elapsed
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function measure(scope: Scope, relayKind: RelayKind, quick: boolean): Promise<InitialSyncFigures> {
  const sizes = benchSizes(quick).initialSync
  const relay = await launchRelay(scope, relayKind)
  const room = `initial-sync-${Date.now().toString(36)}`
  const built = await buildDocument(scope, relay, room, sizes.edits)
  const warmMs: number[] = []
  for (let i = 0; i < sizes.repetitions; i++) {
    await pause(300)
    warmMs.push(await timeFreshSync(scope, relay, room, built.state))
  }
  let coldMs: number[] | null = null
  if (relayKind.persistent) {
    built.writer.close()
    coldMs = []
    for (let i = 0; i < sizes.repetitions; i++) {
      // Time for the relay to store and unload the document after its last client left.
      await pause(2500)
      coldMs.push(await timeFreshSync(scope, relay, room, built.state))
    }
  }
  return { encodedBytes: built.encodedBytes, textLength: built.textLength, warmMs, coldMs }
}

export const initialSync: Scenario = {
  name: 'initial-sync',
  title: 'Initial sync: a fresh client receives a document built from many small edits',
  timeoutMs: (quick) => (quick ? 60_000 : 600_000),
  async run(context, output) {
    const sizes = benchSizes(context.quick).initialSync
    const results = await eachRelay(context, output, RELAYS, 'initial sync', (relay, scope) =>
      measure(scope, relay, context.quick),
    )
    output.figures.initialSync = Object.fromEntries([...results].map(([relay, f]) => [relay.id, f]))
    const ours = [...results].find(([relay]) => relay.id === 'samskriv')?.[1]
    const oursWarm = ours ? median(ours.warmMs) : null
    const oursCold = ours?.coldMs ? median(ours.coldMs) : null
    output.tables.push({
      title:
        `Initial sync: ${sizes.edits} edits, median of ${sizes.repetitions} fresh clients (ms; ` +
        'warm = document in memory, cold = loaded from disk)',
      columns: ['relay', 'text KiB', 'encoded KiB', 'warm', 'warm ratio', 'cold', 'cold ratio', 'warm runs'],
      rows: RELAYS.map((relay) => {
        const f = results.get(relay)
        if (!f) return [relay.label, 'failed', null, null, null, null, null, null]
        const warm = median(f.warmMs)
        const cold = f.coldMs ? median(f.coldMs) : null
        const us = relay.id === 'samskriv'
        return [
          relay.label,
          kib(f.textLength),
          kib(f.encodedBytes),
          ms(warm),
          us ? '' : ratio(oursWarm, warm),
          cold === null ? 'n/a' : ms(cold),
          us || cold === null ? '' : ratio(oursCold, cold),
          f.warmMs.map((v) => v.toFixed(0)).join(' '),
        ]
      }),
    })
    const reference = [...results].find(([relay]) => relay.id === 'y-websocket')?.[1]
    if (oursWarm !== null && reference) {
      const theirs = median(reference.warmMs)
      output.targets.push({
        target: 'initial sync: time until a fresh client has it all ≤ 1.2× the reference y-websocket',
        measured: `${ms(oursWarm)} ms vs ${ms(theirs)} ms (${ratio(oursWarm, theirs)})`,
        met: oursWarm <= 1.2 * theirs,
      })
    }
    const leveldb = [...results].find(([relay]) => relay.id === 'y-websocket-leveldb')?.[1]
    if (oursCold !== null && leveldb?.coldMs) {
      const theirs = median(leveldb.coldMs)
      output.targets.push({
        target: 'initial sync from disk (cold) ≤ 1.2× y-websocket + LevelDB',
        measured: `${ms(oursCold)} ms vs ${ms(theirs)} ms (${ratio(oursCold, theirs)})`,
        met: oursCold <= 1.2 * theirs,
      })
    }
  },
}
