import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { NOTICES_PATH, type ServerNotice } from '@samskriv/shared'
import { WebSocketServer, type WebSocket } from 'ws'
import type { Logger } from '../Logger.js'

/** Who a notices connection is: a signed-in person and session, or nobody (an open server). */
export interface NoticeListener {
  readonly userId: string | null
  readonly sessionId: string | null
}

/** Who a notice is for: these accounts, or everyone connected. */
export type NoticeAudience = readonly string[] | 'everyone'

/** Options of {@link NoticeHub}. */
export interface NoticeHubOptions {
  readonly log: Logger
  /**
   * Who the upgrade request is (its session cookie), or a refusal: an HTTP status and reason (a
   * foreign Origin, not signed in).
   */
  readonly admit: (request: IncomingMessage) => Promise<NoticeListener | { status: number; reason: string }>
  /** How often connections are pinged (dead ones are dropped). */
  readonly keepAliveMs?: number
}

function refuse(socket: Duplex, status: number, reason: string): void {
  const body = JSON.stringify({ error: { code: 'refused', message: reason } })
  socket.end(
    `HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nConnection: close\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  )
}

/**
 * The server's notices to people's apps over a websocket at `/notices`: which data changed for
 * them (see `NOTICE_TOPICS`). A person is known by their session cookie; signing out closes their
 * connections. This process's apps only: {@link NoticeBroadcast} tells the other processes' too.
 */
export class NoticeHub {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 1024, perMessageDeflate: false })
  private readonly listeners = new Map<WebSocket, NoticeListener>()
  private readonly alive = new WeakSet<WebSocket>()
  private readonly keepAlive: NodeJS.Timeout

  constructor(private readonly options: NoticeHubOptions) {
    this.keepAlive = setInterval(() => {
      for (const ws of this.listeners.keys()) {
        if (!this.alive.has(ws)) {
          ws.terminate()
          continue
        }
        this.alive.delete(ws)
        ws.ping()
      }
    }, options.keepAliveMs ?? 30_000)
    this.keepAlive.unref()
  }

  /** Whether an upgrade request is for the notices (the relay takes the rest). */
  static handles(request: IncomingMessage): boolean {
    return (request.url ?? '').split('?')[0] === NOTICES_PATH
  }

  /** Admits an upgrade to `/notices` or refuses it (403 foreign origin, 401 not signed in). */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy())
    this.options
      .admit(request)
      .then((admitted) => {
        if ('status' in admitted) {
          refuse(socket, admitted.status, admitted.reason)
          return
        }
        this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, admitted))
      })
      .catch((error: unknown) => {
        this.options.log.error({ error: String(error) }, 'notices: could not admit connection')
        socket.destroy()
      })
  }

  /** Tells the audience which topics changed. */
  publish(audience: NoticeAudience, topics: readonly string[]): void {
    if (topics.length === 0) return
    const notice: ServerNotice = { topics: [...topics] }
    const frame = JSON.stringify(notice)
    for (const [ws, listener] of this.listeners) {
      if (audience === 'everyone' || (listener.userId !== null && audience.includes(listener.userId))) ws.send(frame)
    }
  }

  /** Closes a person's notices connections (their sessions ended: signed out, disabled, reset). */
  endSessions(userId: string, sessionIds: readonly string[] | null): void {
    for (const [ws, listener] of this.listeners) {
      if (listener.userId !== userId) continue
      if (sessionIds === null || (listener.sessionId !== null && sessionIds.includes(listener.sessionId))) {
        ws.close(4401, 'signed out')
      }
    }
  }

  /** How many apps listen. */
  get connectionCount(): number {
    return this.listeners.size
  }

  close(): void {
    clearInterval(this.keepAlive)
    for (const ws of this.listeners.keys()) ws.close(1001, 'server shutting down')
    this.wss.close()
  }

  private accept(ws: WebSocket, listener: NoticeListener): void {
    this.listeners.set(ws, listener)
    this.alive.add(ws)
    ws.on('pong', () => this.alive.add(ws))
    // The app only listens; anything it sends ends the connection.
    ws.on('message', () => ws.close(4405, 'notices are one-way'))
    ws.on('close', () => this.listeners.delete(ws))
    ws.on('error', () => ws.terminate())
  }
}
