import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { waitFor } from '../measure/waitFor.js'
import type { RunningRelay } from '../relays/RelayKind.js'
import type { BenchClient } from './BenchClient.js'

/** Hocuspocus's own provider (a stock y-websocket client cannot speak its protocol), one socket per client. */
export function connectHocuspocus(relay: RunningRelay, room: string, doc = new Y.Doc()): BenchClient {
  const socket = new HocuspocusProviderWebsocket({ url: relay.syncUrl, WebSocketPolyfill: WebSocket })
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc })
  provider.attach()
  let closed = false
  return {
    doc,
    get synced() {
      return provider.isSynced
    },
    whenSynced: (timeoutMs = 60_000) => waitFor(() => provider.isSynced, `sync with ${relay.kind.label}`, timeoutMs),
    durable: null,
    close() {
      if (closed) return
      closed = true
      provider.destroy()
      socket.destroy()
      doc.destroy()
    },
  }
}
