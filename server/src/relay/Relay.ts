import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import {
  CloseCode,
  LIMITS,
  parseSyncPath,
  readClientDeclaration,
  roomName,
  type ClientDeclaration,
  type CloseCodeValue,
  type Limits,
  type LockState,
  type RelayAccess,
  type Room,
} from '@samskriv/shared'
import { WebSocketServer, type WebSocket } from 'ws'
import type * as Y from 'yjs'
import type { Logger } from '../Logger.js'
import type { UpdateStore } from '../storage/Storage.js'
import { InProcessHub } from './bus/InProcessBus.js'
import type { RelayBus, RelayMessage } from './bus/RelayBus.js'
import { closeConnections, recheckConnections } from './closeConnections.js'
import { Connection, type ConnectionIdentity } from './Connection.js'

export type { ConnectionIdentity } from './Connection.js'
import { DocumentRoom } from './DocumentRoom.js'
import type { Writer } from './DocumentRoomOptions.js'

export type { Writer } from './DocumentRoomOptions.js'
import { SendBudget } from './SendBudget.js'
import { UpdateChecker } from './UpdateChecker.js'
import { NO_RULES, type UpdateActor, type UpdateRules } from './UpdateRules.js'

/** Whether a connection may use a room, and what it may do there. */
export type RelayAuthentication =
  | { readonly ok: true; readonly access: RelayAccess; readonly identity: ConnectionIdentity | null }
  | { readonly ok: false; readonly code: CloseCodeValue; readonly reason: string }

/** Relay limits; `LIMITS` from shared unless a test overrides some. */
export type RelayLimits = Limits

export interface RelayOptions {
  readonly store: UpdateStore
  readonly log: Logger
  /**
   * How this relay reaches other relay processes serving the same documents (Redis); default: an
   * in-process bus that reaches no one (one process). The relay closes it when it closes.
   */
  readonly bus?: RelayBus
  readonly limits?: Partial<RelayLimits>
  /** Compact a room's update log past this many entries (default 500) or bytes (default 4 MiB). */
  readonly compactAfterEntries?: number
  readonly compactAfterBytes?: number
  /**
   * Decides whether a connection (with the token it presented) may use a room. Runs after the
   * websocket is open, so its refusal carries a close code; messages wait meanwhile.
   * Default: everyone may edit (tests of the bare relay).
   */
  readonly authenticate?: (input: { room: Room; token: string | null }) => Promise<RelayAuthentication>
  /**
   * Judges an admitted connection again by what is stored now; used after the bus was down, when
   * other processes' word that someone's access changed may have been lost. Default: no judging.
   */
  readonly recheck?: (room: Room, identity: ConnectionIdentity | null) => Promise<RelayAuthentication>
  /** The document's stored lock and revision, read when its room loads. Default: a draft. */
  readonly loadLock?: (room: Room) => Promise<{ lock: LockState; revision: number }>
  /** The rules a room's updates follow beyond the structural check (the comments', the content's server-owned metadata); default none. */
  readonly rules?: (room: Room) => UpdateRules | null
  /** Why an upgrade request is refused (wrong Host, a foreign Origin), or null; answered with 403. */
  readonly refuseUpgrade?: (request: IncomingMessage) => string | null
  /** Called after every commit to a room, with the room's committed document and who wrote what it stored. */
  readonly onCommitted?: (room: Room, doc: Y.Doc, writers: readonly Writer[]) => void
  /** Called when a room leaves memory, with its final document and last sequence number. */
  readonly onUnload?: (room: Room, doc: Y.Doc, seq: number) => void
}

function refuseUpgrade(socket: Duplex, status: number, statusText: string, message: string): void {
  const body = JSON.stringify({ error: { code: statusText.toLowerCase().replaceAll(' ', '_'), message } })
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  )
}

/**
 * The websocket relay: speaks the y-websocket protocol at `/sync/<room>`, keeps one
 * {@link DocumentRoom} per open document, and unloads a room when its last client leaves.
 */
export class Relay {
  private readonly limits: RelayLimits
  private readonly wss: WebSocketServer
  private readonly rooms = new Map<string, DocumentRoom>()
  /** Rooms still closing, so a reopened room loads only after its predecessor has compacted. */
  private readonly closing = new Map<string, Promise<void>>()
  private readonly connections = new Set<Connection>()
  /** Connections per person and room, for `maxConnectionsPerPersonPerDocument`. */
  private readonly perPerson = new Map<string, number>()
  private readonly sendBudget: SendBudget
  /** Connections between their upgrade and the judgement of their token. */
  private opening = 0
  private readonly keepAlive: NodeJS.Timeout
  private readonly checker: UpdateChecker
  private readonly bus: RelayBus
  private shuttingDown = false

  constructor(private readonly options: RelayOptions) {
    this.limits = { ...LIMITS, ...options.limits }
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.limits.maxFrameBytes, perMessageDeflate: false })
    this.keepAlive = setInterval(() => {
      for (const connection of this.connections) connection.heartbeat()
    }, this.limits.keepAliveIntervalMs)
    this.keepAlive.unref()
    this.checker = new UpdateChecker(this.limits.updateCheckMs, options.log)
    this.bus = options.bus ?? new InProcessHub().connect()
    this.bus.onRelayMessage((message) => closeConnections(this.connections, message))
    this.bus.onResync(() => {
      for (const room of this.rooms.values()) room.resync()
      const { recheck } = options
      if (recheck) void recheckConnections(this.connections, recheck, options.log)
    })
    this.sendBudget = new SendBudget(this.limits.maxTotalSendBufferBytes)
  }

  /** The relay's update checker (proposals are checked by it too). */
  get updateChecker(): UpdateChecker {
    return this.checker
  }

  /** Bytes waiting to be sent to all clients together. */
  get unsentBytes(): number {
    return this.sendBudget.bytes
  }

  /** Rooms in memory. */
  get openRoomCount(): number {
    return this.rooms.size
  }

  /** Open connections. */
  get connectionCount(): number {
    return this.connections.size
  }

  /** Handles an HTTP upgrade request; refuses paths that are not `/sync/<valid room>`. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.shuttingDown) {
      refuseUpgrade(socket, 503, 'Service Unavailable', 'The server is shutting down.')
      return
    }
    const refusal = this.options.refuseUpgrade?.(request) ?? null
    if (refusal !== null) {
      refuseUpgrade(socket, 403, 'Forbidden', refusal)
      return
    }
    const room = parseSyncPath(request.url ?? '')
    if (!room) {
      refuseUpgrade(socket, 400, 'Bad Request', 'Connect to /sync/<document id>.')
      return
    }
    if (this.opening >= this.limits.maxConnectionsOpening) {
      this.options.log.warn({ room: roomName(room), opening: this.opening }, 'too many connections opening; refused')
      refuseUpgrade(socket, 503, 'Service Unavailable', 'Too many connections are being opened; retry.')
      return
    }
    const declaration = readClientDeclaration(request.url ?? '')
    this.opening++
    let judged = false
    const done = () => {
      if (judged) return
      judged = true
      this.opening--
    }
    socket.once('close', done)
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, room, declaration, done))
  }

  /** Applies a server-side change to a document; resolves once it is stored and relayed. */
  edit(room: Room, change: (doc: Y.Doc) => void): Promise<void> {
    return this.room(room).edit(change)
  }

  /**
   * Applies an update for someone (a proposal a coordinator carries into the draft): the same check
   * and rules as a client's update; resolves once stored and relayed, rejects when refused.
   */
  applyUpdate(room: Room, update: Uint8Array, actor: UpdateActor): Promise<void> {
    return this.room(room).applyUpdate(update, actor)
  }

  /** Reads a document's committed state and sequence number (loading it if it is not in memory). */
  read<T>(room: Room, reader: (doc: Y.Doc, seq: number) => T): Promise<T> {
    return this.room(room).read(reader)
  }

  /** Refuses new connections, closes all (1001), stores what is queued and compacts every room. */
  async close(): Promise<void> {
    this.shuttingDown = true
    clearInterval(this.keepAlive)
    const rooms = [...this.rooms.values()]
    this.rooms.clear()
    await Promise.all(rooms.map((room) => this.closeRoom(room)))
    await Promise.all(this.closing.values())
    for (const client of this.wss.clients) client.terminate()
    this.wss.close()
    await this.checker.close()
    await this.bus.close()
  }

  /**
   * Closes a person's (null: everyone's) connections to these documents (4509, "access changed"),
   * on every relay process: their clients connect again and are judged by their new role; without
   * access they are refused and drop their copies.
   */
  reconsider(userId: string | null, documentIds: ReadonlySet<string>): void {
    this.closeEverywhere({ type: 'reconsider', userId, documentIds: [...documentIds] })
  }

  /**
   * Closes the connections opened with these sessions of a person (null: all of theirs) with 4401,
   * on every relay process: signed out, disabled or reset. Their clients ask for a new token and
   * are refused.
   */
  endSessions(userId: string, sessionIds: readonly string[] | null): void {
    this.closeEverywhere({ type: 'endSessions', userId, sessionIds })
  }

  /** Closes every connection of a person (4509), on every process, so they are judged again. */
  reconsiderPerson(userId: string): void {
    this.closeEverywhere({ type: 'reconsiderPerson', userId })
  }

  private closeEverywhere(message: RelayMessage): void {
    closeConnections(this.connections, message)
    this.bus.publishRelay(message)
  }

  /** Changes a document's lock between its messages (see {@link DocumentRoom.transition}). */
  transition<T>(room: Room, run: Parameters<DocumentRoom['transition']>[0]): Promise<T> {
    return this.room(room).transition(run) as Promise<T>
  }

  private accept(ws: WebSocket, room: Room, declaration: ClientDeclaration, opened: () => void): void {
    let joined: DocumentRoom | null = null
    let counted: string | null = null
    // Listeners first (the Connection attaches them now); what arrives before authentication waits.
    const connection = new Connection(ws, {
      roomName: roomName(room),
      declaration,
      log: this.options.log,
      limits: this.limits,
      sendBudget: this.sendBudget,
      onMessage: (c, message, bytes) => joined?.receive(c, message, bytes),
      onClose: (c) => {
        this.connections.delete(c)
        if (counted !== null) this.uncount(counted)
        joined?.leave(c)
      },
    })
    this.connections.add(connection)
    const authenticate =
      this.options.authenticate ?? (() => Promise.resolve({ ok: true, access: 'edit', identity: null } as const))
    authenticate({ room, token: declaration.token })
      .catch((error: unknown): RelayAuthentication => {
        this.options.log.error({ room: roomName(room), error: String(error) }, 'authentication failed')
        return { ok: false, code: CloseCode.unauthorized, reason: 'authentication failed' }
      })
      .then((result) => {
        opened()
        if (!connection.isOpen) return
        if (!result.ok) {
          connection.close(result.code, result.reason)
          return
        }
        if (result.identity !== null) {
          const key = `${result.identity.userId}\u0000${roomName(room)}`
          if ((this.perPerson.get(key) ?? 0) >= this.limits.maxConnectionsPerPersonPerDocument) {
            connection.close(CloseCode.personConnectionsFull, 'too many connections of this person to this document')
            return
          }
          this.perPerson.set(key, (this.perPerson.get(key) ?? 0) + 1)
          counted = key
        }
        joined = this.room(room)
        if (joined.join(connection)) connection.authenticate(result.access, result.identity)
      })
      .catch((error: unknown) => this.options.log.error({ error: String(error) }, 'could not admit connection'))
  }

  private uncount(key: string): void {
    const count = (this.perPerson.get(key) ?? 1) - 1
    if (count > 0) this.perPerson.set(key, count)
    else this.perPerson.delete(key)
  }

  private room(room: Room): DocumentRoom {
    const name = roomName(room)
    const existing = this.rooms.get(name)
    if (existing) return existing
    const created = new DocumentRoom({
      name,
      kind: room.kind,
      loadLock: () => this.options.loadLock?.(room) ?? Promise.resolve({ lock: { state: 'draft' }, revision: 1 }),
      store: this.options.store,
      bus: this.bus,
      log: this.options.log,
      previousClose: this.closing.get(name) ?? Promise.resolve(),
      checker: this.checker,
      maxConnections: this.limits.maxConnectionsPerDocument,
      maxAwarenessClientsPerConnection: this.limits.maxAwarenessClientsPerConnection,
      maxQueuedMessagesPerConnection: this.limits.maxQueuedMessagesPerConnection,
      maxQueuedBytesPerConnection: this.limits.maxQueuedBytesPerConnection,
      maxPendingBytes: this.limits.maxPendingBytesPerDocument,
      maxStoredBytes: room.kind === 'annotations' ? this.limits.maxAnnotationDocumentBytes : null,
      rules: this.options.rules?.(room) ?? NO_RULES,
      compactAfterEntries: this.options.compactAfterEntries ?? 500,
      compactAfterBytes: this.options.compactAfterBytes ?? 4 * 1024 * 1024,
      onCommitted: (r, writers) => this.options.onCommitted?.(room, r.doc, writers),
      onUnload: (r) => this.options.onUnload?.(room, r.doc, r.committedSeq),
      onIdle: (r) => {
        if (this.rooms.get(name) !== r) return
        this.rooms.delete(name)
        void this.closeRoom(r)
      },
    })
    this.rooms.set(name, created)
    return created
  }

  private closeRoom(documentRoom: DocumentRoom): Promise<void> {
    const name = documentRoom.name
    const done = documentRoom
      .close()
      .catch((error: unknown) => this.options.log.error({ room: name, error: String(error) }, 'closing room failed'))
      .finally(() => {
        if (this.closing.get(name) === done) this.closing.delete(name)
      })
    this.closing.set(name, done)
    return done
  }
}
