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
import { waitFor } from './waitFor.js'

/** A stock y-websocket client, as a browser would run it, plus our opt-in durability acks. */
export interface SyncClient {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  readonly text: Y.Text
  /** Resolves when the relay has acknowledged everything this client sent so far. */
  flush(): Promise<void>
  close(): void
}

let nextSeq = 1

export function connectClient(syncUrl: string, room: string): SyncClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    // Declares the schema, as Samskriv clients do; the relay takes an undeclared client as schema 1.
    params: { [CLIENT_PARAMS.schemaVersion]: String(SCHEMA_VERSION) },
  })
  const acked = new Set<number>()
  provider.messageHandlers[MessageType.durability] = (_e: encoding.Encoder, decoder: decoding.Decoder) => {
    acked.add(readDurabilitySeq(decoder))
  }
  // Notices (the document's lock, this client's access) are for Samskriv's own client.
  provider.messageHandlers[MessageType.notice] = () => {}
  return {
    doc,
    provider,
    text: doc.getText('text'),
    async flush() {
      await waitFor(() => provider.synced, 'initial sync')
      const seq = nextSeq++
      provider.ws?.send(encodeDurabilityMessage(seq))
      await waitFor(() => acked.has(seq), `durability ack ${seq}`)
    },
    close() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Two synced clients of one room. */
export async function connectPair(syncUrl: string, room: string): Promise<[SyncClient, SyncClient]> {
  const a = connectClient(syncUrl, room)
  const b = connectClient(syncUrl, room)
  await waitFor(() => a.provider.synced && b.provider.synced, 'both clients synced')
  return [a, b]
}

/** Proves a pair still syncs: a mark written by `a` arrives at `b`. */
export async function roundTrip([a, b]: [SyncClient, SyncClient]): Promise<void> {
  const mark = `rt-${Math.random().toString(36).slice(2)};`
  a.text.insert(a.text.length, mark)
  await waitFor(() => b.text.toString().includes(mark), 'round trip')
}

/** A raw websocket to a room; resolves with the close code the relay sent (or 'open'/'refused'). */
export function sendRaw(
  syncUrl: string,
  room: string,
  frames: Array<Uint8Array | string>,
  timeoutMs = 5000,
): Promise<number | 'open' | 'refused'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${syncUrl}/${room}`)
    const timer = setTimeout(() => {
      ws.terminate()
      resolve('open')
    }, timeoutMs)
    ws.on('open', () => {
      for (const frame of frames) ws.send(frame, () => {})
    })
    ws.on('unexpected-response', () => {
      clearTimeout(timer)
      resolve('refused')
    })
    ws.on('close', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
    ws.on('error', () => {})
  })
}
