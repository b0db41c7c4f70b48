import {
  CLIENT_PARAMS,
  encodeDurabilityMessage,
  MessageType,
  readDurabilitySeq,
  SCHEMA_VERSION,
} from '@samskriv/shared'
import type * as decoding from 'lib0/decoding'
import type * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/**
 * The stall test's witnesses, in a process of their own so the attacks cannot slow them: a poller
 * asks `/healthz` every 50 ms and a bystander types a letter in another document every 100 ms,
 * each on a fixed schedule (a held-up server piles up late answers instead of hiding them). A
 * letter's latency is until the relay acknowledges it as stored. `report` answers the latencies
 * since the last report, counting what is still unanswered as late as it is now.
 */
interface Start {
  readonly httpUrl: string
  readonly syncUrl: string
  readonly room: string
  readonly token: string
}

const pollSent = new Map<number, number>()
const typedSent = new Map<number, number>()
let polls: number[] = []
let typed: number[] = []

function start({ httpUrl, syncUrl, room, token }: Start): void {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { [CLIENT_PARAMS.schemaVersion]: String(SCHEMA_VERSION), [CLIENT_PARAMS.token]: token },
  })
  provider.messageHandlers[MessageType.durability] = (_e: encoding.Encoder, decoder: decoding.Decoder) => {
    const seq = readDurabilitySeq(decoder)
    const sent = typedSent.get(seq)
    if (sent === undefined) return
    typedSent.delete(seq)
    typed.push(performance.now() - sent)
  }
  let seq = 0
  setInterval(() => {
    if (!provider.synced || !provider.ws) return
    const text = doc.getText('text')
    if (text.length > 2000) text.delete(0, 1000)
    text.insert(text.length, 'a')
    typedSent.set(++seq, performance.now())
    provider.ws.send(encodeDurabilityMessage(seq))
  }, 100)
  let poll = 0
  setInterval(() => {
    const id = ++poll
    pollSent.set(id, performance.now())
    fetch(`${httpUrl}/healthz`)
      .then((response) => response.arrayBuffer())
      .catch(() => null)
      .finally(() => {
        const sent = pollSent.get(id)
        if (sent === undefined) return
        pollSent.delete(id)
        polls.push(performance.now() - sent)
      })
  }, 50)
  process.send!({ started: true })
}

function report(): void {
  const now = performance.now()
  const late = (sent: Map<number, number>) => [...sent.values()].map((at) => now - at)
  process.send!({ polls: [...polls, ...late(pollSent)], typed: [...typed, ...late(typedSent)] })
  polls = []
  typed = []
  // What was late is counted once; what follows is measured afresh.
  pollSent.clear()
  typedSent.clear()
}

// Ends with the test, whatever becomes of it.
process.on('disconnect', () => process.exit(0))
process.on('message', (message: { start?: Start; report?: true }) => {
  if (message.start) start(message.start)
  if (message.report) report()
})
