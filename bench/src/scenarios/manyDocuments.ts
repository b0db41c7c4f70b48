import * as Y from 'yjs'
import { benchSizes } from '../benchSizes.js'
import type { BenchClient } from '../clients/BenchClient.js'
import { connectClient } from '../clients/connectClient.js'
import { stateOf, whenHasState } from '../clients/sameState.js'
import { EditWriter } from '../docs/EditWriter.js'
import { readMemory } from '../measure/procStats.js'
import { steadyRss } from '../measure/RssSampler.js'
import { launchRelay } from '../relays/launchRelay.js'
import type { RelayKind, RunningRelay } from '../relays/RelayKind.js'
import { RELAYS } from '../relays/relayKinds.js'
import { kib, mib, percent, ratio } from '../report/formatNumber.js'
import { figureTarget } from '../report/ScenarioResult.js'
import type { Scope } from '../Scope.js'
import { eachRelay } from './eachRelay.js'
import type { Scenario } from './Scenario.js'

interface ManyDocumentsFigures {
  readonly documents: number
  /** Mean encoded state (`Y.encodeStateAsUpdate`) of one document, in bytes. */
  readonly encodedStateBytes: number
  /** Relay RSS with no document open (after a warm-up document came and went). */
  readonly baselineRssBytes: number
  /** Relay RSS with every document open and its two clients connected. */
  readonly openRssBytes: number
  /** Relay RSS once every client has left and the relay has had time to unload. */
  readonly afterLeaveRssBytes: number
  readonly peakRssBytes: number
}

/** Documents opened at once (2 clients each). */
const CONCURRENCY = 25

/** Opens one document with two clients: the first writes it, the second syncs it. */
async function openDocument(
  scope: Scope,
  relay: RunningRelay,
  room: string,
  edits: number,
  seed: number,
): Promise<{ clients: BenchClient[]; encodedBytes: number }> {
  const writer = connectClient(scope, relay, room)
  await writer.whenSynced()
  new EditWriter(writer.doc, seed).write(edits, 10)
  const reader = connectClient(scope, relay, room)
  await whenHasState(reader, stateOf(writer.doc))
  return { clients: [writer, reader], encodedBytes: Y.encodeStateAsUpdate(writer.doc).byteLength }
}

async function measure(scope: Scope, relayKind: RelayKind, quick: boolean): Promise<ManyDocumentsFigures> {
  const sizes = benchSizes(quick).manyDocuments
  const relay = await launchRelay(scope, relayKind)
  const pid = relay.process.pid
  const prefix = `many-${Date.now().toString(36)}`
  const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  // A document that comes and goes first, so the baseline includes the relay's warmed-up code.
  const warmUp = await openDocument(scope, relay, `${prefix}-warmup`, sizes.editsPerDocument, 0)
  for (const client of warmUp.clients) client.close()
  await settle(quick ? 500 : 2000)
  const baselineRssBytes = await steadyRss(pid, quick ? 500 : 1000)

  const open: BenchClient[] = []
  let encodedTotal = 0
  for (let start = 0; start < sizes.documents; start += CONCURRENCY) {
    scope.check()
    const batch = await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, sizes.documents - start) }, (_, i) =>
        openDocument(scope, relay, `${prefix}-${start + i}`, sizes.editsPerDocument, start + i + 1),
      ),
    )
    for (const document of batch) {
      open.push(...document.clients)
      encodedTotal += document.encodedBytes
    }
  }
  await settle(quick ? 500 : 2000)
  const openRssBytes = await steadyRss(pid, quick ? 500 : 2000)

  for (const client of open) client.close()
  // Long enough for every relay to store and unload 500 documents (Hocuspocus stores on the last leave).
  await settle(quick ? 2000 : 8000)
  const afterLeaveRssBytes = await steadyRss(pid, quick ? 500 : 2000)
  return {
    documents: sizes.documents,
    encodedStateBytes: encodedTotal / sizes.documents,
    baselineRssBytes,
    openRssBytes,
    afterLeaveRssBytes,
    peakRssBytes: readMemory(pid).peakRssBytes,
  }
}

const perDocument = (f: ManyDocumentsFigures) => (f.openRssBytes - f.baselineRssBytes) / f.documents
const budget = (f: ManyDocumentsFigures) => 2 * f.encodedStateBytes + 64 * 1024
const returned = (f: ManyDocumentsFigures) =>
  (f.openRssBytes - f.afterLeaveRssBytes) / Math.max(1, f.openRssBytes - f.baselineRssBytes)

export const manyDocuments: Scenario = {
  name: 'many-documents',
  title: 'Many documents: 2 clients each; relay memory per open document, and after they leave',
  timeoutMs: (quick) => (quick ? 90_000 : 600_000),
  async run(context, output) {
    const results = await eachRelay(context, output, RELAYS, 'many documents', (relay, scope) =>
      measure(scope, relay, context.quick),
    )
    output.figures.manyDocuments = Object.fromEntries([...results].map(([relay, f]) => [relay.id, f]))
    const ours = [...results].find(([relay]) => relay.id === 'samskriv')?.[1]
    const documents = benchSizes(context.quick).manyDocuments.documents
    output.tables.push({
      title: `Many documents: ${documents} documents × 2 clients (RSS in MiB, per document in KiB)`,
      columns: [
        'relay',
        'state KiB/doc',
        'RSS idle',
        'RSS open',
        'KiB/doc',
        'budget KiB/doc',
        'ratio',
        'RSS after leave',
        'given back',
        'peak',
      ],
      rows: RELAYS.map((relay) => {
        const f = results.get(relay)
        if (!f) return [relay.label, 'failed', null, null, null, null, null, null, null, null]
        return [
          relay.label,
          kib(f.encodedStateBytes),
          mib(f.baselineRssBytes),
          mib(f.openRssBytes),
          kib(perDocument(f)),
          kib(budget(f)),
          relay.id === 'samskriv' ? '' : ratio(ours ? perDocument(ours) : null, perDocument(f)),
          mib(f.afterLeaveRssBytes),
          percent(returned(f)),
          mib(f.peakRssBytes),
        ]
      }),
    })
    const references = [...results].filter(([relay]) => relay.id === 'y-websocket' || relay.id === 'hocuspocus')
    if (ours && references.length > 0) {
      const [relay, best] = references.reduce((a, b) => (perDocument(b[1]) < perDocument(a[1]) ? b : a))
      output.targets.push(
        figureTarget(
          "many documents: relay RSS per open document ≤ 1.0× the faster reference's",
          `${kib(perDocument(ours))} vs ${kib(perDocument(best))} KiB (${relay.label}): ${ratio(perDocument(ours), perDocument(best))}`,
          perDocument(ours) / perDocument(best),
          1.0,
        ),
      )
    }
    if (ours) {
      output.targets.push({
        target: 'many documents: relay RSS per open document ≤ 2× its encoded state + 64 KB',
        measured: `${kib(perDocument(ours))} KiB per document vs budget ${kib(budget(ours))} KiB`,
        met: perDocument(ours) <= budget(ours),
      })
      output.targets.push({
        target: 'many documents: memory given back after the clients leave',
        measured:
          `${percent(returned(ours))} of the growth returned ` +
          `(RSS ${mib(ours.baselineRssBytes)} → ${mib(ours.openRssBytes)} → ${mib(ours.afterLeaveRssBytes)} MiB)`,
        met: null,
      })
    }
  },
}
