import type * as Y from 'yjs'
import type { RunningRelay } from '../relays/RelayKind.js'
import type { Scope } from '../Scope.js'
import type { BenchClient } from './BenchClient.js'
import { connectHocuspocus } from './connectHocuspocus.js'
import { connectYWebsocket } from './connectYWebsocket.js'

/** A client of `relay` in `room` with the library its protocol needs, closed when `scope` is disposed. */
export function connectClient(scope: Scope, relay: RunningRelay, room: string, doc?: Y.Doc): BenchClient {
  scope.check()
  const client =
    relay.kind.protocol === 'hocuspocus' ? connectHocuspocus(relay, room, doc) : connectYWebsocket(relay, room, doc)
  return scope.add(client, (c) => c.close())
}

/** `count` synced clients of one room, connected `concurrency` at a time. */
export async function connectSynced(
  scope: Scope,
  relay: RunningRelay,
  room: string,
  count: number,
  concurrency = 20,
): Promise<BenchClient[]> {
  const clients: BenchClient[] = []
  for (let start = 0; start < count; start += concurrency) {
    const batch = Array.from({ length: Math.min(concurrency, count - start) }, () => connectClient(scope, relay, room))
    await Promise.all(batch.map((client) => client.whenSynced()))
    clients.push(...batch)
  }
  return clients
}
