import {
  applyTemplate,
  CLIENT_PARAMS,
  fragmentToJson,
  getBody,
  parseDocumentId,
  SCHEMA_VERSION,
} from '@samskriv/shared'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { seededRandom } from '../seededRandom.js'
import type { TestServer } from '../testServer.js'
import { waitFor } from '../waitFor.js'
import { docDifference } from './docDifference.js'
import type { FaultProxy } from './FaultProxy.js'
import { bodyProblems, canonical, randomEdit } from './randomEdits.js'

const PEERS = 5

interface Peer {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
}

function connect(syncUrl: string, room: string, doc: Y.Doc): WebsocketProvider {
  return new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
    params: { [CLIENT_PARAMS.schemaVersion]: String(SCHEMA_VERSION) },
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** What a document holds: its state vector and delete set (equal for equal documents). */
const stateVector = (doc: Y.Doc) => Buffer.from(Y.encodeSnapshot(Y.snapshot(doc))).toString('base64')

/**
 * One fuzz run: five peers edit one document through the fault proxy (delays, duplicate frames,
 * connections cut mid-stream, peers going offline and coming back), then the network heals. Every
 * peer, a fresh client, each relay's memory and the storage must then hold the same document, and
 * every typed block must validate. Throws with the seed in the message on any difference. With
 * several relays (sharing storage and a bus), peer n connects through proxy n mod their number.
 */
export async function runSeed(
  seed: number,
  relays: readonly TestServer[],
  proxies: readonly FaultProxy[],
  prefix: string,
): Promise<void> {
  const r = seededRandom(seed)
  const room = `${prefix}-${seed}`
  const type = r() < 0.5 ? 'protocol' : 'actionPlan'
  const relay = relays[0]!
  const faults = { duplicate: 0.02 + r() * 0.1, delay: r() * 0.3, maxDelayMs: 25, kill: 0.002 + r() * 0.02 }
  for (const proxy of proxies) proxy.setFaults(room, faults, seed)
  const peers: Peer[] = Array.from({ length: PEERS }, (_, i) => {
    const doc = new Y.Doc()
    // Each device makes the new document from its template; the template update is idempotent.
    applyTemplate(doc, room, type)
    return { doc, provider: connect(proxies[i % proxies.length]!.syncUrl, room, doc) }
  })
  const fresh = new Y.Doc()
  let freshProvider: WebsocketProvider | null = null
  try {
    const rounds = 4 + Math.floor(r() * 6)
    for (let round = 0; round < rounds; round++) {
      for (const peer of peers) {
        if (r() < 0.08) peer.provider.disconnect()
        else if (!peer.provider.shouldConnect && r() < 0.5) peer.provider.connect()
        const edits = Math.floor(r() * 5)
        for (let i = 0; i < edits; i++) randomEdit(peer.doc, r)
      }
      await sleep(r() * 40)
    }

    // The network heals; everyone comes back online.
    for (const proxy of proxies) proxy.setFaults(room, null)
    for (const peer of peers) if (!peer.provider.shouldConnect) peer.provider.connect()
    const documentId = parseDocumentId(room)!
    let relayVector = ''
    let relaySv = ''
    const report = () =>
      peers
        .map((p, i) => {
          const sv = Buffer.from(Y.encodeStateVector(p.doc)).toString('base64')
          return `peer ${i}: ${p.provider.wsconnected ? 'connected' : 'offline'}${p.provider.synced ? ', synced' : ''}, ${
            sv === relaySv ? 'same inserts' : 'other inserts'
          }, ${stateVector(p.doc) === relayVector ? 'same' : 'other'} state`
        })
        .join('; ')
    try {
      await waitFor(
        async () => {
          ;[relayVector, relaySv] = await relay.server.relay.read({ documentId, kind: 'content' }, (doc) => [
            stateVector(doc),
            Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
          ])
          if (!peers.every((p) => p.provider.wsconnected && p.provider.synced)) return false
          if (!peers.every((p) => stateVector(p.doc) === relayVector)) return false
          for (const other of relays.slice(1)) {
            const vector = await other.server.relay.read({ documentId, kind: 'content' }, stateVector)
            if (vector !== relayVector) return false
          }
          return true
        },
        `peers and relay to reach the same state`,
        30_000,
      )
    } catch (error) {
      const before = report()
      const relayDoc = await relay.server.relay.read({ documentId, kind: 'content' }, (doc) =>
        Y.encodeStateAsUpdate(doc),
      )
      const reference = new Y.Doc()
      Y.applyUpdate(reference, relayDoc)
      const details = peers.map((p, i) => docDifference(`peer ${i}`, reference, p.doc))
      for (const [i, r] of relays.entries()) {
        if (i > 0)
          details.push(
            await r.server.relay.read({ documentId, kind: 'content' }, (doc) =>
              docDifference(`relay ${i}`, reference, doc),
            ),
          )
      }
      const stored = new Y.Doc()
      for (const update of (await relay.storage.updates.load(room)).updates) Y.applyUpdate(stored, update)
      details.push(docDifference('storage', reference, stored))
      for (const peer of peers) {
        peer.provider.disconnect()
        peer.provider.connect()
      }
      let healed = 'no'
      try {
        await waitFor(
          async () => {
            const v = await relay.server.relay.read({ documentId, kind: 'content' }, (doc) => stateVector(doc))
            return peers.every((p) => p.provider.synced && stateVector(p.doc) === v)
          },
          'resync',
          5000,
        )
        healed = 'yes'
      } catch {
        // reported below
      }
      throw new Error(
        `${error instanceof Error ? error.message : String(error)} (${before}) [compared with relay 0: ${details.join(' | ')}] healed by reconnecting: ${healed}`,
        { cause: error },
      )
    }

    const bodies = peers.map((p) => canonical(fragmentToJson(getBody(p.doc))))
    freshProvider = connect(relays.at(-1)!.syncUrl, room, fresh)
    await waitFor(() => freshProvider!.synced && stateVector(fresh) === relayVector, `seed ${seed}: a fresh client`)
    const stored = new Y.Doc()
    for (const update of (await relay.storage.updates.load(room)).updates) Y.applyUpdate(stored, update)
    const expected = bodies[0]!
    const differing = [
      ...bodies.map((b, i) => [`peer ${i}`, b] as const),
      ['fresh client', canonical(fragmentToJson(getBody(fresh)))] as const,
      ['storage', canonical(fragmentToJson(getBody(stored)))] as const,
    ].filter(([, body]) => body !== expected)
    if (differing.length > 0) throw new Error(`differs from peer 0: ${differing.map(([who]) => who).join(', ')}`)
    if (stateVector(stored) !== relayVector) throw new Error('storage holds another state than the relay')
    const problems = bodyProblems(peers[0]!.doc)
    if (problems.length > 0) throw new Error(`invalid body: ${problems.join('; ')}`)
    stored.destroy()
  } catch (error) {
    throw new Error(
      `Convergence fuzz failed for seed ${seed} (replay: npm run fuzz -- --seed ${seed}; then add it to REGRESSION_SEEDS): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  } finally {
    for (const peer of peers) {
      peer.provider.destroy()
      peer.doc.destroy()
    }
    freshProvider?.destroy()
    fresh.destroy()
  }
}
