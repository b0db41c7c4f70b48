import http from 'node:http'
import type { AddressInfo } from 'node:net'
import WebSocket, { WebSocketServer, type RawData } from 'ws'
import { seededRandom } from '../seededRandom.js'

/**
 * What the proxy does to a room's connections, per frame. Inside one websocket, y-websocket assumes
 * frames arrive in order and none is lost, so loss is modelled as what it is on a real network:
 * the connection dies mid-stream (frames in flight are lost) and the client reconnects and resyncs.
 */
export interface Faults {
  /** Probability that a frame is delivered twice. */
  readonly duplicate: number
  /** Probability that a frame is held back (and everything after it on that lane). */
  readonly delay: number
  readonly maxDelayMs: number
  /** Probability, per frame, that the connection is cut, dropping what is still in flight. */
  readonly kill: number
}

/** One direction of a proxied connection: frames in order, some late, some twice. */
class Lane {
  private chain: Promise<void> = Promise.resolve()

  constructor(
    private readonly send: (data: RawData, isBinary: boolean) => void,
    private readonly random: () => number,
    private readonly faults: () => Faults | null,
    private readonly alive: () => boolean,
  ) {}

  push(data: RawData, isBinary: boolean): void {
    const faults = this.faults()
    const delay = faults && this.random() < faults.delay ? this.random() * faults.maxDelayMs : 0
    const twice = faults !== null && this.random() < faults.duplicate
    this.chain = this.chain
      .then(() => (delay > 0 ? new Promise<void>((resolve) => setTimeout(resolve, delay)) : undefined))
      .then(() => {
        if (!this.alive()) return
        this.send(data, isBinary)
        if (twice) this.send(data, isBinary)
      })
  }
}

/**
 * A websocket proxy in front of the relay that injects faults: delays, duplicate frames, and
 * connections cut mid-stream. Faults are set per room (the path after `/sync/`), from a seed.
 */
export class FaultProxy {
  private readonly faults = new Map<string, Faults | null>()
  private readonly seeds = new Map<string, number>()
  private readonly sockets = new Set<WebSocket>()
  private connectionCount = 0

  private constructor(
    private readonly server: http.Server,
    private readonly wss: WebSocketServer,
    readonly syncUrl: string,
  ) {}

  static async start(targetSyncUrl: string): Promise<FaultProxy> {
    const server = http.createServer()
    const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const proxy = new FaultProxy(server, wss, `ws://127.0.0.1:${(server.address() as AddressInfo).port}/sync`)
    server.on('upgrade', (request, socket, head) =>
      wss.handleUpgrade(request, socket, head, (client) => proxy.accept(client, targetSyncUrl, request.url ?? '')),
    )
    return proxy
  }

  /** Sets a room's faults (null: a perfect network from now on). */
  setFaults(room: string, faults: Faults | null, seed = 0): void {
    this.faults.set(room, faults)
    this.seeds.set(room, seed)
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate()
    this.wss.close()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private accept(client: WebSocket, targetSyncUrl: string, url: string): void {
    const room = decodeURIComponent(url.replace(/^\/sync\//, '').split('?')[0] ?? '')
    const random = seededRandom((this.seeds.get(room) ?? 0) * 7919 + this.connectionCount++)
    const upstream = new WebSocket(`${targetSyncUrl}${url.replace(/^\/sync/, '')}`)
    this.sockets.add(client)
    this.sockets.add(upstream)
    let alive = true
    const faults = () => this.faults.get(room) ?? null
    const kill = () => {
      if (!alive) return
      alive = false
      client.terminate()
      upstream.terminate()
    }
    const maybeKill = () => {
      const f = faults()
      if (f && random() < f.kill) kill()
    }
    const waiting: Array<[RawData, boolean]> = []
    const toRelay = new Lane(
      (d, b) => upstream.send(d, { binary: b }),
      random,
      faults,
      () => alive,
    )
    const toClient = new Lane(
      (d, b) => client.send(d, { binary: b }),
      random,
      faults,
      () => alive,
    )
    client.on('message', (data, isBinary) => {
      maybeKill()
      if (!alive) return
      if (upstream.readyState === WebSocket.OPEN) toRelay.push(data, isBinary)
      else waiting.push([data, isBinary])
    })
    upstream.on('open', () => {
      for (const [data, isBinary] of waiting.splice(0)) toRelay.push(data, isBinary)
    })
    upstream.on('message', (data, isBinary) => {
      maybeKill()
      if (alive) toClient.push(data, isBinary)
    })
    // A close from the relay (with its code) is passed on; anything else cuts both sides.
    upstream.on('close', (code, reason) => {
      this.sockets.delete(upstream)
      if (!alive) return
      alive = false
      if (code >= 4000 || code === 1000 || code === 1001) client.close(code, reason)
      else client.terminate()
    })
    client.on('close', () => {
      this.sockets.delete(client)
      kill()
    })
    upstream.on('error', () => kill())
    client.on('error', () => kill())
  }
}
