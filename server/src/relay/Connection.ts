import { CloseCode, type ClientDeclaration, type CloseCodeValue, type Limits, type RelayAccess } from '@samskriv/shared'
import type { WebSocket } from 'ws'
import type { Logger } from '../Logger.js'
import { decodeClientMessage, type ClientMessage } from './decodeClientMessage.js'
import { ProtocolError } from './ProtocolError.js'
import type { BudgetHolder, SendBudget } from './SendBudget.js'
import { TokenBucket } from './TokenBucket.js'

/** The limits a connection enforces (from shared `LIMITS`; tests may use smaller ones). */
export type ConnectionLimits = Pick<
  Limits,
  | 'messagesPerSecond'
  | 'messageBurst'
  | 'syncRequestsPerMinute'
  | 'syncRequestBurst'
  | 'maxSendBufferBytes'
  | 'maxMessagesBeforeAuth'
  | 'maxBytesBeforeAuth'
>

/** Who a connection speaks for: the account and the session its token was fetched with (null in open mode). */
export interface ConnectionIdentity {
  readonly userId: string
  readonly sessionId: string
  /** The account's name: the name others see in the presence list, whatever the client says. */
  readonly name: string
}

let nextConnectionId = 1

/** How long a client told to go away may keep its socket before it is cut. */
const CLOSE_GRACE_MS = 2000

/** A decoded message waiting for its connection to be authenticated. */
interface Pending {
  readonly message: ClientMessage
  readonly bytes: number
}

/**
 * One client's websocket: decodes and rate-limits what arrives, caps what waits to be sent, and
 * closes with a documented code when a limit or the protocol is broken. Listeners are attached at
 * once; what arrives before the connection is authenticated waits (capped) and is then replayed.
 */
export class Connection implements BudgetHolder {
  /** A number for log lines. */
  readonly id = nextConnectionId++
  /** Messages of this connection waiting in its room's queue, and their bytes. */
  queuedMessages = 0
  queuedBytes = 0
  private alive = true
  private closed = false
  private readonly bucket: TokenBucket
  private readonly syncRequests: TokenBucket

  readonly roomName: string
  /** The schema version the client declared (`?schema=`), or null for a stock client. */
  readonly schemaVersion: number | null
  /** The revision the client's copy was written in (`?revision=`), or null. */
  readonly declaredRevision: number | null
  /** What the connection may do, once authenticated. */
  access: RelayAccess = 'read'
  /** The authenticated person and session (null while the server runs open). */
  identity: ConnectionIdentity | null = null
  /** Its copy is from an older revision: its content changes are refused. */
  stale = false
  /**
   * One of its updates was refused. Its later updates build on the refused one (Yjs orders a
   * client's changes), so they are refused too until it connects again with a reset copy.
   */
  writeRefused = false
  private authenticated = false
  private pending: Pending[] = []
  private pendingBytes = 0
  /** Refused by the room (too old a client): nothing it sent is applied, even what was queued. */
  refused = false
  private readonly log: Logger
  private readonly maxSendBufferBytes: number
  private readonly budget: SendBudget
  private unsent = 0
  private readonly limits: ConnectionLimits
  private readonly onMessage: (connection: Connection, message: ClientMessage, bytes: number) => void

  constructor(
    private readonly ws: WebSocket,
    options: {
      readonly roomName: string
      readonly declaration: ClientDeclaration
      readonly log: Logger
      readonly limits: ConnectionLimits
      /** What waits to be sent to all clients together. */
      readonly sendBudget: SendBudget
      readonly onMessage: (connection: Connection, message: ClientMessage, bytes: number) => void
      readonly onClose: (connection: Connection) => void
    },
  ) {
    const { roomName, log, limits, onClose } = options
    this.roomName = roomName
    this.schemaVersion = options.declaration.schemaVersion
    this.declaredRevision = options.declaration.revision
    this.log = log
    this.limits = limits
    this.onMessage = options.onMessage
    this.maxSendBufferBytes = limits.maxSendBufferBytes
    this.budget = options.sendBudget
    this.budget.register(this)
    this.bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst)
    this.syncRequests = new TokenBucket(limits.syncRequestsPerMinute / 60, limits.syncRequestBurst)
    ws.on('message', (data, isBinary) => {
      if (this.closed) return
      this.alive = true
      if (!this.bucket.take()) {
        this.close(CloseCode.rateLimited, 'too many messages per second')
        return
      }
      if (!isBinary || !Buffer.isBuffer(data)) {
        this.close(CloseCode.malformedMessage, 'text frames are not part of the protocol')
        return
      }
      const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      let message: ClientMessage
      try {
        message = decodeClientMessage(frame)
      } catch (error) {
        const { closeCode, message: reason } =
          error instanceof ProtocolError ? error : new ProtocolError(CloseCode.malformedMessage, 'undecodable')
        this.close(closeCode, reason)
        return
      }
      if (message.type === 'syncStep1' && !this.syncRequests.take()) {
        this.close(CloseCode.rateLimited, 'too many requests for the document')
        return
      }
      if (this.authenticated) {
        this.onMessage(this, message, frame.byteLength)
        return
      }
      this.pending.push({ message, bytes: frame.byteLength })
      this.pendingBytes += frame.byteLength
      if (
        this.pending.length > this.limits.maxMessagesBeforeAuth ||
        this.pendingBytes > this.limits.maxBytesBeforeAuth
      ) {
        this.close(CloseCode.tooMuchBeforeAuth, 'too much sent before authentication')
      }
    })
    ws.on('pong', () => {
      this.alive = true
    })
    ws.on('error', (error) => {
      // ws reports protocol violations (e.g. an over-large frame, closed with 1009) here.
      this.log.warn({ connection: this.id, room: roomName, reason: error.message }, 'connection error')
    })
    ws.on('close', (code) => {
      this.closed = true
      this.releaseUnsent()
      this.log.debug({ connection: this.id, room: roomName, code }, 'connection closed')
      onClose(this)
    })
  }

  /** The connection may use the relay: what waited is handed on, in order. */
  authenticate(access: RelayAccess, identity: ConnectionIdentity | null): void {
    if (this.closed || this.authenticated) return
    this.access = access
    this.identity = identity
    this.authenticated = true
    const waiting = this.pending
    this.pending = []
    this.pendingBytes = 0
    for (const { message, bytes } of waiting) this.onMessage(this, message, bytes)
  }

  /** Whether the connection was admitted to its room (what it may do is in `access`). */
  get isAuthenticated(): boolean {
    return this.authenticated
  }

  /** The authenticated person's account id (null while the server runs open). */
  get userId(): string | null {
    return this.identity?.userId ?? null
  }

  /** The authenticated person's account name (null while the server runs open). */
  get userName(): string | null {
    return this.identity?.name ?? null
  }

  /** Whether messages can still be sent and received. */
  get isOpen(): boolean {
    return !this.closed && this.ws.readyState === this.ws.OPEN
  }

  /** Bytes sent to this client that are not yet written out to it. */
  get unsentBytes(): number {
    return this.unsent
  }

  /**
   * Sends a frame. A client whose unsent backlog passes its limit is dropped as a slow consumer;
   * so is the one with the most waiting when all clients' backlogs together pass theirs.
   */
  send(frame: Uint8Array): void {
    if (!this.isOpen) return
    // The backlog, not this frame: a document larger than the limit must still reach a new client.
    if (this.unsent > this.maxSendBufferBytes) {
      this.close(CloseCode.slowConsumer, 'send buffer full')
      return
    }
    const bytes = frame.byteLength
    this.unsent += bytes
    this.budget.add(bytes)
    this.ws.send(frame, { binary: true }, () => {
      // Written out (or the socket is gone; then its bytes left the budget when it closed).
      if (this.closed) return
      this.unsent -= bytes
      this.budget.release(bytes)
    })
    this.budget.enforce()
  }

  drop(code: typeof CloseCode.slowConsumer, reason: string): void {
    this.close(code, reason)
  }

  /** Closes with a documented code; logs one line. The socket is cut if it does not close soon. */
  close(code: CloseCodeValue, reason: string): void {
    if (this.closed) return
    this.closed = true
    this.releaseUnsent()
    if (code !== CloseCode.goingAway) {
      this.log.warn({ connection: this.id, room: this.roomName, code, reason }, 'closing connection')
    }
    try {
      this.ws.close(code, reason.slice(0, 120))
    } catch {
      this.ws.terminate()
      return
    }
    setTimeout(() => this.ws.terminate(), CLOSE_GRACE_MS).unref()
  }

  /** What waited to be sent to a closed connection leaves the budget (the socket is going). */
  private releaseUnsent(): void {
    this.budget.unregister(this, this.unsent)
    this.unsent = 0
  }

  /** Keep-alive: drops a connection that did not answer the previous ping, then pings again. */
  heartbeat(): void {
    if (this.closed) return
    if (!this.alive) {
      this.log.info({ connection: this.id, room: this.roomName }, 'dropping unresponsive connection')
      this.closed = true
      this.releaseUnsent()
      this.ws.terminate()
      return
    }
    this.alive = false
    this.ws.ping()
  }
}
