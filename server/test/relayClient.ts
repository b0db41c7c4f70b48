import { CLIENT_PARAMS, MessageType, readNoticeMessage, SCHEMA_VERSION, type RelayNotice } from '@samskriv/shared'
import * as decoding from 'lib0/decoding'
import type * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/** A stock y-websocket client with a token, recording close codes, permission denials and notices. */
export function tokenClient(syncUrl: string, room: string, token: string | null, options: { declare?: boolean } = {}) {
  const doc = new Y.Doc()
  const closes: number[] = []
  const denied: string[] = []
  const notices: RelayNotice[] = []
  const params: Record<string, string> = {}
  if (token !== null) params[CLIENT_PARAMS.token] = token
  if (options.declare !== false) params[CLIENT_PARAMS.schemaVersion] = String(SCHEMA_VERSION)
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
  })
  provider.on('connection-close', (event: { code: number } | null) => {
    if (event) closes.push(event.code)
  })
  provider.messageHandlers[MessageType.auth] = (_e: encoding.Encoder, decoder: decoding.Decoder) => {
    decoding.readVarUint(decoder)
    denied.push(decoding.readVarString(decoder))
  }
  provider.messageHandlers[MessageType.notice] = (_e: encoding.Encoder, decoder: decoding.Decoder) => {
    notices.push(readNoticeMessage(decoder).notice)
  }
  return { doc, provider, closes, denied, notices, close: () => (provider.destroy(), doc.destroy()) }
}

/** Every stored row of a room, concatenated: to compare stored state byte for byte. */
export function storedBytes(rows: Uint8Array[]): string {
  return Buffer.concat(rows.map((r) => Buffer.from(r))).toString('base64')
}
