import { performance } from 'node:perf_hooks'
import type * as Y from 'yjs'
import { benchSizes } from '../benchSizes.js'
import type { BenchClient } from '../clients/BenchClient.js'
import { connectSynced } from '../clients/connectClient.js'
import { readCpuSeconds, readMemory } from '../measure/procStats.js'
import { RssSampler, steadyRss } from '../measure/RssSampler.js'
import { summarize, type Summary } from '../measure/summarize.js'
import { waitFor } from '../measure/waitFor.js'
import { launchRelay } from '../relays/launchRelay.js'
import type { RelayKind } from '../relays/RelayKind.js'
import { processesOf } from '../relays/RelayKind.js'
import { CLUSTERED, RELAYS } from '../relays/relayKinds.js'
import { mib, ms, percent, ratio } from '../report/formatNumber.js'
import { figureTarget, type ScenarioOutput } from '../report/ScenarioResult.js'
import type { Scope } from '../Scope.js'
import { eachRelay } from './eachRelay.js'
import type { Scenario, ScenarioContext } from './Scenario.js'

/** What one relay did with one number of clients. */
interface FanOutFigures {
  readonly clients: number
  /** Writer → each other client, in ms. */
  readonly latency: Summary
  /** Writer → our relay's durability acknowledgement, in ms (ours only). */
  readonly ackLatency: Summary | null
  readonly delivered: number
  readonly expected: number
  readonly cpuSeconds: number
  /** CPU the bench's own clients used meanwhile (one process): near 100% means they, not the relay, set the pace. */
  readonly clientCpuSeconds: number
  readonly wallSeconds: number
  readonly peakRssBytes: number
  readonly hwmBytes: number
  /** RSS once started, before any client connected. */
  readonly idleRssBytes: number
}

/** Writers' log entries: each entry is `<writer>:<n>`, written at `sentAt`. */
const LOG = 'fanout'

async function measure(
  scope: Scope,
  context: ScenarioContext,
  relayKind: RelayKind,
  clientCount: number,
): Promise<FanOutFigures> {
  const sizes = benchSizes(context.quick).fanOut
  const relay = await launchRelay(scope, relayKind)
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const idleRssBytes = await steadyRss(relay.process.pid, 500)
  const room = `fanout-${clientCount}-${Date.now().toString(36)}`
  const clients = await connectSynced(scope, relay, room, clientCount)
  const sentAt = new Map<string, number>()
  const latencies: number[] = []
  let delivered = 0
  for (const client of clients) {
    client.doc.getArray<string>(LOG).observe((event: Y.YArrayEvent<string>) => {
      if (event.transaction.local) return
      const now = performance.now()
      for (const change of event.changes.delta) {
        for (const entry of (change.insert ?? []) as string[]) {
          const at = sentAt.get(entry)
          if (at !== undefined) latencies.push(now - at)
          delivered++
        }
      }
    })
  }
  const writers = clients.slice(0, sizes.writers)
  const perWriter = sizes.updatesPerSecond * sizes.durationSeconds
  const expected = perWriter * writers.length * (clientCount - 1)
  const ackLatencies: number[] = []

  const pid = relay.process.pid
  // A relay of several processes: the CPU of them all (the RSS is the first one's).
  const pids = processesOf(relay).map((p) => p.pid)
  const cpuOf = () => pids.reduce((sum, p) => sum + readCpuSeconds(p), 0)
  const cpuBefore = cpuOf()
  const clientCpuBefore = process.cpuUsage()
  const sampler = scope.add(new RssSampler(pid), (s) => s.stop())
  const started = performance.now()
  const intervalMs = 1000 / sizes.updatesPerSecond
  // Writers take turns evenly: with two at 10/s, an update every 50 ms.
  await Promise.all(
    writers.map((writer, w) =>
      writeOnSchedule(
        writer,
        w,
        perWriter,
        started + (w * intervalMs) / writers.length,
        intervalMs,
        sentAt,
        ackLatencies,
      ),
    ),
  )
  await waitFor(() => delivered >= expected, 'every update delivered', 15_000, 10).catch(() => {
    // Reported as delivered < expected.
  })
  const wallSeconds = (performance.now() - started) / 1000
  const cpuSeconds = cpuOf() - cpuBefore
  const clientCpu = process.cpuUsage(clientCpuBefore)
  const clientCpuSeconds = (clientCpu.user + clientCpu.system) / 1e6
  sampler.stop()
  return {
    clients: clientCount,
    latency: summarize(latencies),
    ackLatency: relayKind.durabilityAcks ? summarize(ackLatencies) : null,
    delivered,
    expected,
    cpuSeconds,
    clientCpuSeconds,
    wallSeconds,
    peakRssBytes: sampler.peakBytes,
    hwmBytes: readMemory(pid).peakRssBytes,
    idleRssBytes,
  }
}

/** Writes `count` entries at `firstAt`, `firstAt + intervalMs`, … (no drift), asking ours for acks. */
async function writeOnSchedule(
  writer: BenchClient,
  index: number,
  count: number,
  firstAt: number,
  intervalMs: number,
  sentAt: Map<string, number>,
  ackLatencies: number[],
): Promise<void> {
  const log = writer.doc.getArray<string>(LOG)
  const acks: Array<Promise<void>> = []
  for (let n = 0; n < count; n++) {
    const wait = firstAt + n * intervalMs - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    const entry = `${index}:${n}`
    const at = performance.now()
    sentAt.set(entry, at)
    log.push([entry])
    if (writer.durable) acks.push(writer.durable().then(() => void ackLatencies.push(performance.now() - at)))
  }
  await Promise.allSettled(acks)
}

export const fanOut: Scenario = {
  name: 'fan-out',
  title: 'Fan-out: one document, 2 writers × 10 updates/s, every other client receives',
  timeoutMs: (quick) => (quick ? 180_000 : 1_800_000),
  async run(context, output) {
    const sizes = benchSizes(context.quick).fanOut
    const all: Array<{ relay: string; figures: FanOutFigures }> = []
    for (const clientCount of sizes.clients) {
      const relays = [...RELAYS, ...CLUSTERED]
      const results = await eachRelay(context, output, relays, `${clientCount} clients`, (relay, scope) =>
        measure(scope, context, relay, clientCount),
      )
      for (const [relay, figures] of results) all.push({ relay: relay.id, figures })
      report(output, clientCount, results, clientCount === sizes.clients[0])
    }
    output.figures.fanOut = all
  },
}

function report(
  output: ScenarioOutput,
  clientCount: number,
  results: Map<RelayKind, FanOutFigures>,
  first: boolean,
): void {
  const byId = new Map([...results].map(([relay, figures]) => [relay.id, figures]))
  const ours = byId.get('samskriv')
  output.tables.push({
    title: `Fan-out, ${clientCount} clients (latency in ms, ratio = ours / that relay)`,
    columns: [
      'relay',
      'p50',
      'p95',
      'p99',
      'max',
      'delivered',
      'CPU s',
      'CPU %',
      'clients CPU %',
      'peak RSS MiB',
      'idle RSS MiB',
      'CPU µs/delivery',
      'p99 ratio',
      'ack p50/p99',
    ],
    rows: RELAYS.map((relay) => {
      const f = results.get(relay)
      if (!f) return [relay.label, 'failed', null, null, null, null, null, null, null, null, null, null, null, null]
      return [
        relay.label,
        ms(f.latency.p50),
        ms(f.latency.p95),
        ms(f.latency.p99),
        ms(f.latency.max),
        `${f.delivered}/${f.expected}`,
        f.cpuSeconds.toFixed(2),
        percent(f.cpuSeconds / f.wallSeconds),
        percent(f.clientCpuSeconds / f.wallSeconds),
        mib(f.peakRssBytes),
        mib(f.idleRssBytes),
        (cpuPerDelivery(f) * 1e6).toFixed(1),
        relay.id === 'samskriv' ? '' : ratio(ours?.latency.p99, f.latency.p99),
        f.ackLatency ? `${ms(f.ackLatency.p50)}/${ms(f.ackLatency.p99)}` : '',
      ]
    }),
  })
  reportExtraHop(output, clientCount, results)
  if (ours) pushRatioTargets(output, clientCount, ours, results, first)
  if (ours) {
    output.targets.push({
      target: `fan-out ${clientCount} clients: nothing lost (ours)`,
      measured: `${ours.delivered}/${ours.expected} delivered`,
      met: ours.delivered === ours.expected,
    })
  }
  for (const [relay, f] of results) {
    if (f.delivered !== f.expected) {
      output.notes.push(`fan-out ${clientCount}: ${relay.label} delivered ${f.delivered} of ${f.expected} updates`)
    }
  }
}

/** The references the ratios are taken against: each figure against the faster of them. */
const REFERENCES = ['y-websocket', 'hocuspocus']

/** CPU seconds per update delivered to a reader. */
const cpuPerDelivery = (f: FanOutFigures) => f.cpuSeconds / Math.max(1, f.delivered)

/**
 * The targets as ratios to the faster reference of the same run: p99 ≤ 1.0×, CPU per
 * delivered update ≤ 1.2×, RSS with the clients ≤ 1.2× and (once) RSS idle ≤ 1.2×.
 */
function pushRatioTargets(
  output: ScenarioOutput,
  clientCount: number,
  ours: FanOutFigures,
  results: Map<RelayKind, FanOutFigures>,
  /** The first client count of the run: idle RSS is judged once. */
  first: boolean,
): void {
  const references = [...results].filter(([relay]) => REFERENCES.includes(relay.id))
  if (references.length === 0) return
  const against = (label: string, limit: number, figure: (f: FanOutFigures) => number, show: (v: number) => string) => {
    const [relay, best] = references.reduce((a, b) => (figure(b[1]) < figure(a[1]) ? b : a))
    const value = figure(ours) / figure(best)
    output.targets.push(
      figureTarget(
        `fan-out ${clientCount} clients: ${label} ≤ ${limit.toFixed(1)}× the faster reference's`,
        `${show(figure(ours))} vs ${show(figure(best))} (${relay.label}): ${ratio(figure(ours), figure(best))}`,
        value,
        limit,
      ),
    )
  }
  against(
    'p99',
    1.0,
    (f) => f.latency.p99,
    (v) => `${ms(v)} ms`,
  )
  against('relay CPU per delivered update', 1.2, cpuPerDelivery, (v) => `${(v * 1e6).toFixed(1)} µs`)
  against(
    'relay RSS with the clients',
    1.2,
    (f) => f.peakRssBytes,
    (v) => `${mib(v)} MiB`,
  )
  if (first) {
    against(
      'relay RSS idle',
      1.2,
      (f) => f.idleRssBytes,
      (v) => `${mib(v)} MiB`,
    )
  }
}

/**
 * Our relay on PostgreSQL + Redis (one and three processes) beside the SQLite default: what the
 * database round trip and, with three processes, the Redis hop between them cost.
 */
function reportExtraHop(output: ScenarioOutput, clientCount: number, results: Map<RelayKind, FanOutFigures>): void {
  const ours = [...results].find(([relay]) => relay.id === 'samskriv')?.[1]
  const relays = RELAYS.filter((relay) => relay.id === 'samskriv').concat(CLUSTERED)
  output.tables.push({
    title: `Fan-out, ${clientCount} clients, on PostgreSQL + Redis (ms; ratio = this / Samskriv on SQLite)`,
    columns: ['relay', 'p50', 'p99', 'delivered', 'delivered/s', 'CPU %', 'ack p50/p99', 'p99 ratio'],
    rows: relays.map((relay) => {
      const f = results.get(relay)
      if (!f) return [relay.label, 'failed', null, null, null, null, null, null]
      return [
        relay.label,
        ms(f.latency.p50),
        ms(f.latency.p99),
        `${f.delivered}/${f.expected}`,
        (f.delivered / f.wallSeconds).toFixed(0),
        percent(f.cpuSeconds / f.wallSeconds),
        f.ackLatency ? `${ms(f.ackLatency.p50)}/${ms(f.ackLatency.p99)}` : '',
        relay.id === 'samskriv' ? '' : ratio(f.latency.p99, ours?.latency.p99),
      ]
    }),
  })
  for (const relay of CLUSTERED) {
    const f = results.get(relay)
    if (!f) continue
    output.targets.push({
      target: `fan-out ${clientCount} clients: nothing lost (${relay.label})`,
      measured: `${f.delivered}/${f.expected} delivered`,
      met: f.delivered === f.expected,
    })
  }
}
