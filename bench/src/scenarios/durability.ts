import { performance } from 'node:perf_hooks'
import type * as Y from 'yjs'
import { benchSizes } from '../benchSizes.js'
import { connectClient } from '../clients/connectClient.js'
import { temporaryDirectory } from '../measure/temporaryDirectory.js'
import { waitFor } from '../measure/waitFor.js'
import { launchRelay } from '../relays/launchRelay.js'
import { processesOf, type RelayKind, type RunningRelay } from '../relays/RelayKind.js'
import { CLUSTERED, RELAYS } from '../relays/relayKinds.js'
import { ms } from '../report/formatNumber.js'
import type { Scope } from '../Scope.js'
import { eachRelay } from './eachRelay.js'
import type { Scenario } from './Scenario.js'

interface DurabilityFigures {
  readonly rounds: number
  /** Updates the observer received (so the relay had relayed them) before the kill, over all rounds. */
  readonly relayed: number
  /** Of those, how many a fresh client found after the restart. */
  readonly survived: number
  /** Per round: ms from the last update reaching the observer to the relay being dead. */
  readonly killDelaysMs: number[]
}

/** Updates written per turn of the event loop: a fast typist's burst, sent as separate messages. */
const BURST = 50

async function round(
  scope: Scope,
  relay: RunningRelay,
  room: string,
  updates: number,
): Promise<{ relayed: number; killDelayMs: number }> {
  const writer = connectClient(scope, relay, room)
  const observer = connectClient(scope, relay, room)
  await Promise.all([writer.whenSynced(), observer.whenSynced()])
  const seen = new Set<string>()
  observer.doc.getArray<string>('log').observe((event: Y.YArrayEvent<string>) => {
    for (const change of event.changes.delta) for (const entry of (change.insert ?? []) as string[]) seen.add(entry)
  })
  const log = writer.doc.getArray<string>('log')
  for (let n = 0; n < updates; n += BURST) {
    for (let i = n; i < Math.min(updates, n + BURST); i++) log.push([`${room}:${i}`])
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  let lastSeenAt = 0
  await waitFor(
    () => {
      if (seen.size < updates) return false
      lastSeenAt = performance.now()
      return true
    },
    'every update relayed to the observer',
    60_000,
    1,
  )
  // Everything was relayed: kill at once, as a crash would, before any debounced store runs
  // (every process of a relay that runs several).
  await Promise.all(processesOf(relay).map((p) => p.kill()))
  const killDelayMs = performance.now() - lastSeenAt
  writer.close()
  observer.close()
  return { relayed: seen.size, killDelayMs }
}

async function countSurvivors(scope: Scope, relay: RunningRelay, room: string): Promise<number> {
  const fresh = connectClient(scope, relay, room)
  await fresh.whenSynced()
  // Let anything sent after the sync step arrive too.
  await new Promise((resolve) => setTimeout(resolve, 500))
  const count = new Set(fresh.doc.getArray<string>('log').toArray()).size
  fresh.close()
  return count
}

async function measure(scope: Scope, relayKind: RelayKind, quick: boolean): Promise<DurabilityFigures> {
  const sizes = benchSizes(quick).durability
  const dataDir = temporaryDirectory(scope, relayKind.id)
  let relay = await launchRelay(scope, relayKind, dataDir)
  let relayed = 0
  let survived = 0
  const killDelaysMs: number[] = []
  for (let r = 0; r < sizes.rounds; r++) {
    const room = `durability-${r}-${Date.now().toString(36)}`
    const result = await round(scope, relay, room, sizes.updates)
    relayed += result.relayed
    killDelaysMs.push(result.killDelayMs)
    relay = await launchRelay(scope, relayKind, dataDir)
    survived += await countSurvivors(scope, relay, room)
  }
  return { rounds: sizes.rounds, relayed, survived, killDelaysMs }
}

export const durability: Scenario = {
  name: 'durability',
  title: 'Durability: updates relayed to an observer, then SIGKILL, restart, count survivors',
  timeoutMs: (quick) => (quick ? 150_000 : 600_000),
  async run(context, output) {
    const sizes = benchSizes(context.quick).durability
    const relays = [...RELAYS, ...CLUSTERED]
    const results = await eachRelay(context, output, relays, 'durability', (relay, scope) =>
      measure(scope, relay, context.quick),
    )
    output.figures.durability = Object.fromEntries([...results].map(([relay, f]) => [relay.id, f]))
    output.tables.push({
      title: `Durability: ${sizes.updates} updates × ${sizes.rounds} round(s), SIGKILL as soon as the observer has them all`,
      columns: ['relay', 'relayed', 'survived', 'lost', 'kill delay ms'],
      rows: relays.map((relay) => {
        const f = results.get(relay)
        if (!f) return [relay.label, 'failed', null, null, null]
        return [relay.label, f.relayed, f.survived, f.relayed - f.survived, f.killDelaysMs.map((d) => ms(d)).join(' ')]
      }),
    })
    for (const [relay, f] of results) {
      if (relay.id.startsWith('samskriv')) {
        output.targets.push({
          target: `durability: every relayed update survives SIGKILL (${relay.label})`,
          measured: `${f.survived}/${f.relayed} survived`,
          met: f.survived === f.relayed,
        })
      } else if (!relay.persistent) {
        output.notes.push(
          `${relay.label} keeps documents in memory only: ${f.relayed - f.survived} of ${f.relayed} lost, by design`,
        )
      } else {
        output.notes.push(`${relay.label}: ${f.relayed - f.survived} of ${f.relayed} relayed updates lost to SIGKILL`)
      }
    }
  },
}
