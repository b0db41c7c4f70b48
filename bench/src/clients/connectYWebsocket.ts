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
import { waitFor } from '../measure/waitFor.js'
import type { RunningRelay } from '../relays/RelayKind.js'
import type { BenchClient } from './BenchClient.js'

const connected = new WeakMap<RunningRelay, number>()

/** The process the next client connects to: round robin over a relay of several processes. */
function nextSyncUrl(relay: RunningRelay): string {
  if (!relay.syncUrls) return relay.syncUrl
  const n = connected.get(relay) ?? 0
  connected.set(relay, n + 1)
  return relay.syncUrls[n % relay.syncUrls.length]!
}

/**
 * The stock `WebsocketProvider` (y-websocket 3, as our app uses) in Node. Against our relay it
 * declares the schema and asks for durability acknowledgements, as our app does; against the
 * reference server it is a plain y-websocket client.
 */
export function connectYWebsocket(relay: RunningRelay, room: string, doc = new Y.Doc()): BenchClient {
  const ours = relay.kind.durabilityAcks
  const provider = new WebsocketProvider(nextSyncUrl(relay), room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: ours ? { [CLIENT_PARAMS.schemaVersion]: String(SCHEMA_VERSION) } : {},
  })
  const waiting = new Map<number, () => void>()
  let nextSeq = 1
  if (ours) {
    provider.messageHandlers[MessageType.durability] = (_e: encoding.Encoder, decoder: decoding.Decoder) => {
      const seq = readDurabilitySeq(decoder)
      // An acknowledgement covers every request before it.
      for (const [waitingSeq, resolve] of waiting) {
        if (waitingSeq <= seq) {
          waiting.delete(waitingSeq)
          resolve()
        }
      }
    }
    // Notices (access, lock) are for the app's editor; the bench has no use for them.
    provider.messageHandlers[MessageType.notice] = () => {}
  }
  let closed = false
  return {
    doc,
    get synced() {
      return provider.synced
    },
    whenSynced: (timeoutMs = 60_000) => waitFor(() => provider.synced, `sync with ${relay.kind.label}`, timeoutMs),
    durable: ours
      ? () =>
          new Promise<void>((resolve, reject) => {
            const ws = provider.ws
            if (!ws || ws.readyState !== WebSocket.OPEN) {
              reject(new Error('not connected'))
              return
            }
            const seq = nextSeq++
            waiting.set(seq, resolve)
            ws.send(encodeDurabilityMessage(seq))
          })
      : null,
    close() {
      if (closed) return
      closed = true
      provider.destroy()
      doc.destroy()
    },
  }
}
