import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type * as decoding from 'lib0/decoding'
import type * as encoding from 'lib0/encoding'
import {
  CLIENT_PARAMS,
  encodeDurabilityMessage,
  MessageType,
  readDurabilitySeq,
  SCHEMA_VERSION,
} from '@samskriv/shared'

/** Resolves once `condition` holds (checked every 20 ms); rejects after `timeout` ms. */
async function until(condition: () => boolean, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/**
 * Works on a document's Yjs state as a stock y-websocket client in Node, the way any tool can
 * (the server must be open, or the caller passes a relay token): `use` gets the document once it
 * is synced, and what it changed is stored (the relay's durability acknowledgement) before this
 * resolves.
 */
export async function withRelayDocument<T>(
  baseUrl: string,
  documentId: string,
  use: (doc: Y.Doc) => T | Promise<T>,
): Promise<T> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/sync`, documentId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { [CLIENT_PARAMS.schemaVersion]: String(SCHEMA_VERSION) },
  })
  const acknowledged = new Set<number>()
  provider.messageHandlers[MessageType.durability] = (_e: encoding.Encoder, decoder: decoding.Decoder) => {
    acknowledged.add(readDurabilitySeq(decoder))
  }
  try {
    await until(() => provider.synced, 'the relay client to sync')
    const result = await use(doc)
    const seq = Date.now()
    provider.ws?.send(encodeDurabilityMessage(seq))
    await until(() => acknowledged.has(seq), 'the relay to store the changes')
    return result
  } finally {
    provider.destroy()
    doc.destroy()
  }
}
