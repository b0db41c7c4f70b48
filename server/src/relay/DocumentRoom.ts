import {
  CloseCode,
  documentSchemaVersion,
  encodeDurabilityMessage,
  encodeNoticeMessage,
  MessageType,
  type LockState,
  type RoomKind,
} from '@samskriv/shared'
import * as authProtocol from 'y-protocols/auth'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { Logger } from '../Logger.js'
import type { UpdateStore } from '../storage/Storage.js'
import { Connection } from './Connection.js'
import type { ClientMessage } from './decodeClientMessage.js'
import { encodeAwarenessMessage, encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate } from './encodeServerMessage.js'
import { RoomQueue, type ControlItem, type EditItem, type QueueItem, type Transition } from './RoomQueue.js'
import { updateChangesDocument } from './updateChangesDocument.js'
import { SERVER_ORIGIN, STORAGE_ORIGIN } from './transactionOrigins.js'

/** Thrown to server-side edits when the room cannot store them. */
export class StorageUnavailableError extends Error {
  constructor() {
    super('storage unavailable')
    this.name = 'StorageUnavailableError'
  }
}

export interface DocumentRoomOptions {
  /** The room name, also its key in storage. */
  readonly name: string
  /** Content (locked by approval) or annotations (open to commenters). */
  readonly kind: RoomKind
  /** The document's lock and revision as stored, read when the room loads. */
  readonly loadLock: () => Promise<{ lock: LockState; revision: number }>
  readonly store: UpdateStore
  readonly log: Logger
  /** Resolves when the previous instance of this room has finished closing. */
  readonly previousClose: Promise<void>
  readonly maxConnections: number
  readonly maxQueuedMessagesPerConnection: number
  readonly maxQueuedBytesPerConnection: number
  /** Compact the update log past this many entries or bytes. */
  readonly compactAfterEntries: number
  readonly compactAfterBytes: number
  /** Called after each commit (projections such as the document list). */
  readonly onCommitted: (room: DocumentRoom) => void
  /** Called when the room has no connections and no work left, or has failed. */
  readonly onIdle: (room: DocumentRoom) => void
  /** Why a connection may not make this change (null: it may); checked before it is applied. */
  readonly checkUpdate?: (doc: Y.Doc, update: Uint8Array, connection: Connection) => string | null
  /** Called once when the room closes, with its final committed document, before it is freed. */
  readonly onUnload: (room: DocumentRoom) => void
}

/**
 * One document in memory: its Yjs state, awareness, connections and a queue that processes every
 * message in arrival order. Content updates that arrive together are applied, committed to the
 * store in one transaction, and only then relayed and acknowledged.
 */
export class DocumentRoom {
  readonly doc = new Y.Doc({ gc: true })
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  /** Each connection and the awareness client ids it speaks for. */
  private readonly connections = new Map<Connection, Set<number>>()
  private readonly queue = new RoomQueue()
  private state: 'loading' | 'open' | 'failed' | 'closed' = 'loading'
  private draining: Promise<void> | null = null
  private drainScheduled = false
  private lastSeq = 0
  /** The document's schema version as last seen; clients older than it are refused. */
  private schemaVersion = 1
  /** Whether content may change (the stored lock is the authority; this is its copy). */
  private lock: LockState = { state: 'draft' }
  private revision = 1
  private logEntries = 0
  private logBytes = 0
  /** Bytes of the log's first entry (the snapshot, after compaction). */
  private snapshotBytes = 0
  private readonly loaded: Promise<boolean>

  constructor(private readonly options: DocumentRoomOptions) {
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.onAwarenessUpdate)
    this.loaded = this.load()
  }

  get name(): string {
    return this.options.name
  }

  get connectionCount(): number {
    return this.connections.size
  }

  /** The sequence number of the last committed update. */
  get committedSeq(): number {
    return this.lastSeq
  }

  /** Adds a connection; false (and the connection closed) when the document is full. */
  join(connection: Connection): boolean {
    if (this.state === 'failed' || this.state === 'closed') {
      connection.close(CloseCode.storageUnavailable, 'document unavailable, retry')
      return false
    }
    if (this.connections.size >= this.options.maxConnections) {
      connection.close(CloseCode.documentFull, 'too many connections to this document')
      return false
    }
    this.connections.set(connection, new Set())
    this.push({ kind: 'join', connection })
    return true
  }

  /** Removes a closed connection and the awareness states it spoke for. */
  leave(connection: Connection): void {
    const clientIds = this.connections.get(connection)
    if (!clientIds) return
    this.connections.delete(connection)
    if (clientIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...clientIds], null)
    this.checkIdle()
  }

  /** Queues a decoded client message; closes the connection when it has too much waiting. */
  receive(connection: Connection, message: ClientMessage, bytes: number): void {
    if (!this.connections.has(connection)) return
    if (
      connection.queuedMessages + 1 > this.options.maxQueuedMessagesPerConnection ||
      connection.queuedBytes + bytes > this.options.maxQueuedBytesPerConnection
    ) {
      connection.close(CloseCode.rateLimited, 'too much waiting to be processed')
      return
    }
    this.push({ kind: 'message', connection, message, bytes })
  }

  /** Applies a server-side change as one transaction; resolves once it is stored and relayed. */
  edit(change: (doc: Y.Doc) => void): Promise<void> {
    return new Promise((resolve, reject) => this.push({ kind: 'edit', change, resolve, reject }))
  }

  /**
   * Changes the document's lock between messages: updates queued before it are committed first,
   * those after it are judged by the new lock. `run` does the storage work (one transaction); its
   * metadata change is then committed and relayed, and every client is told.
   */
  transition<T>(run: (doc: Y.Doc, seq: number) => Promise<Transition<T>>): Promise<T> {
    return new Promise<T>((resolve, reject) =>
      this.push({ kind: 'control', run, resolve: (value) => resolve(value as T), reject }),
    )
  }

  /** Reads the committed state (never a change that is not yet stored) and its sequence number. */
  read<T>(reader: (doc: Y.Doc, seq: number) => T): Promise<T> {
    return new Promise((resolve, reject) =>
      this.push({ kind: 'read', run: (doc) => resolve(reader(doc, this.lastSeq)), reject }),
    )
  }

  /**
   * Closes every connection (going away), finishes the queued work, compacts the log and frees
   * the document. The room is unusable afterwards.
   */
  async close(): Promise<void> {
    for (const connection of this.connections.keys()) connection.close(CloseCode.goingAway, 'server closing')
    await this.loaded
    await this.drain()
    if (this.state === 'open' && this.logEntries > 1) await this.compact()
    if (this.state === 'open') this.options.onUnload(this)
    this.state = 'closed'
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private async load(): Promise<boolean> {
    await this.options.previousClose
    try {
      const [stored, status] = await Promise.all([this.options.store.load(this.name), this.options.loadLock()])
      this.lock = status.lock
      this.revision = status.revision
      if (stored.updates.length > 0) {
        Y.applyUpdate(this.doc, Y.mergeUpdates(stored.updates), STORAGE_ORIGIN)
      }
      this.lastSeq = stored.lastSeq
      this.schemaVersion = documentSchemaVersion(this.doc)
      this.logEntries = stored.updates.length
      this.logBytes = stored.updates.reduce((sum, u) => sum + u.byteLength, 0)
      this.snapshotBytes = stored.updates[0]?.byteLength ?? 0
      this.state = 'open'
      return true
    } catch (error) {
      this.options.log.error({ room: this.name, error: String(error) }, 'could not load document')
      this.fail()
      return false
    }
  }

  private push(item: QueueItem): void {
    if (this.state === 'failed' || this.state === 'closed') {
      if (item.kind === 'edit' || item.kind === 'read' || item.kind === 'control')
        item.reject(new StorageUnavailableError())
      return
    }
    this.queue.push(item)
    if (!this.drainScheduled && !this.draining) {
      this.drainScheduled = true
      // Lets every frame that arrived in this turn of the event loop join one commit.
      setImmediate(() => void this.drain())
    }
  }

  private drain(): Promise<void> {
    this.drainScheduled = false
    this.draining ??= this.runQueue().finally(() => {
      this.draining = null
      this.checkIdle()
    })
    return this.draining
  }

  private async runQueue(): Promise<void> {
    if (!(await this.loaded)) return
    while (this.state === 'open' && this.queue.length > 0) {
      const run = this.queue.takeContentRun()
      if (run.length > 0) {
        await this.commit(run)
        continue
      }
      const item = this.queue.shift()
      if (item.kind === 'control') await this.control(item)
      else this.handle(item)
    }
  }

  private async commit(run: Array<QueueItem & { kind: 'message' | 'edit' }>): Promise<void> {
    const outbox: Array<{ update: Uint8Array; origin: unknown }> = []
    const collect = (update: Uint8Array, origin: unknown) => outbox.push({ update, origin })
    // Updates whose dependencies the relay lacks emit nothing yet; their bytes are stored as sent,
    // so what is acknowledged is durable even before it can be integrated.
    const pending: Uint8Array[] = []
    const edits: EditItem[] = []
    this.doc.on('update', collect)
    try {
      for (const item of run) {
        if (item.kind === 'edit') {
          try {
            this.doc.transact(() => item.change(this.doc), SERVER_ORIGIN)
            edits.push(item)
          } catch (error) {
            item.reject(error instanceof Error ? error : new Error(String(error)))
          }
        } else if (item.message.type === 'update') {
          if (item.connection.refused) continue
          if (!this.mayWrite(item.connection)) {
            this.refuse(item.connection, item.message.update)
            continue
          }
          const problem = this.checkUpdate(item.connection, item.message.update)
          if (problem !== null) {
            this.refuse(item.connection, item.message.update, problem)
            continue
          }
          try {
            const { pendingStructs, pendingDs } = this.doc.store
            Y.applyUpdate(this.doc, item.message.update, item.connection)
            const store = this.doc.store
            if (
              store.pendingStructs !== pendingStructs ||
              (store.pendingDs !== pendingDs && store.pendingDs !== null)
            ) {
              pending.push(item.message.update)
            }
          } catch {
            item.connection.close(CloseCode.malformedMessage, 'update could not be applied')
          }
        }
      }
    } finally {
      this.doc.off('update', collect)
    }
    if (outbox.length > 0 || pending.length > 0) {
      const stored = [...outbox.map((o) => o.update), ...pending]
      try {
        this.lastSeq = await this.options.store.append(this.name, stored)
      } catch (error) {
        this.options.log.error({ room: this.name, error: String(error) }, 'could not store updates')
        for (const item of edits) item.reject(new StorageUnavailableError())
        this.fail()
        return
      }
      this.logEntries += stored.length
      this.logBytes += stored.reduce((sum, update) => sum + update.byteLength, 0)
      // Before relaying: a client too old for what was just written must never receive it.
      this.refuseOutdatedClients()
      for (const { update, origin } of outbox) {
        const frame = encodeSyncUpdate(update)
        for (const connection of this.connections.keys()) if (connection !== origin) connection.send(frame)
      }
      this.options.onCommitted(this)
    }
    for (const item of edits) item.resolve()
    // Compact on growth since the last snapshot, so a large document is not rewritten on every commit.
    if (
      this.logEntries > this.options.compactAfterEntries ||
      this.logBytes - this.snapshotBytes > this.options.compactAfterBytes
    ) {
      await this.compact()
    }
  }

  private handle(item: QueueItem): void {
    switch (item.kind) {
      case 'read':
        try {
          item.run(this.doc)
        } catch (error) {
          item.reject(error instanceof Error ? error : new Error(String(error)))
        }
        return
      case 'join': {
        const connection = item.connection
        if (!connection.isOpen || !this.admits(connection)) return
        connection.stale =
          this.options.kind === 'content' &&
          connection.declaredRevision !== null &&
          connection.declaredRevision < this.revision
        this.notify(connection, false)
        item.connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)))
        if (this.awareness.getStates().size > 0) {
          const states = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])
          item.connection.send(encodeAwarenessMessage(states))
        }
        return
      }
      case 'message':
        if (item.connection.isOpen) this.handleMessage(item.connection, item.message)
        return
      case 'edit':
      case 'control':
        return
    }
  }

  private async control(item: ControlItem): Promise<void> {
    let transition: Transition
    try {
      transition = await item.run(this.doc, this.lastSeq)
    } catch (error) {
      item.reject(error instanceof Error ? error : new Error(String(error)))
      return
    }
    this.lock = transition.lock
    this.revision = transition.revision
    const meta = transition.meta
    if (meta) await this.commit([{ kind: 'edit', change: meta, resolve: () => {}, reject: () => {} }])
    for (const connection of this.connections.keys()) this.notify(connection, false)
    item.resolve(transition.result)
  }

  /** Whether a connection's content updates may be applied now. */
  private mayWrite(connection: Connection): boolean {
    if (connection.writeRefused) return false
    if (this.options.kind === 'annotations') return connection.access !== 'read'
    return connection.access === 'edit' && !connection.stale && this.lock.state === 'draft'
  }

  /**
   * Drops an update the connection may not make (never applied, never stored) and answers it, if it
   * would have changed anything: y-protocols' permission-denied for every client, and a notice for
   * Samskriv clients so they switch to read-only and keep their changes as a proposal.
   */
  private checkUpdate(connection: Connection, update: Uint8Array): string | null {
    try {
      return this.options.checkUpdate?.(this.doc, update, connection) ?? null
    } catch {
      return 'update could not be checked'
    }
  }

  private refuse(connection: Connection, update: Uint8Array, problem?: string): void {
    let changes = true
    try {
      changes = updateChangesDocument(this.doc, update)
    } catch {
      // Decoded once already; treat anything odd as a change worth answering.
    }
    if (!changes) return
    connection.writeRefused = true
    const reason =
      problem ?? (this.lock.state !== 'draft' ? 'document locked' : connection.stale ? 'older revision' : 'read-only')
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.auth)
    authProtocol.writePermissionDenied(encoder, reason)
    connection.send(encoding.toUint8Array(encoder))
    this.notify(connection, true)
  }

  /** Tells a Samskriv client its access and the document's lock (stock clients are not sent it). */
  private notify(connection: Connection, refused: boolean): void {
    if (connection.schemaVersion === null) return
    const notice = {
      lock: this.lock,
      revision: this.revision,
      access: connection.access,
      stale: connection.stale,
      refused,
    }
    connection.send(encodeNoticeMessage(notice, Y.encodeStateVector(this.doc)))
  }

  private handleMessage(connection: Connection, message: ClientMessage): void {
    switch (message.type) {
      case 'syncStep1':
        connection.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector)))
        return
      case 'awareness':
        try {
          awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, connection)
        } catch {
          connection.close(CloseCode.malformedMessage, 'awareness update could not be applied')
        }
        return
      case 'queryAwareness': {
        const clients = [...this.awareness.getStates().keys()]
        connection.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)))
        return
      }
      case 'durability':
        // Every update this connection sent before this request has been committed by now.
        connection.send(encodeDurabilityMessage(message.seq))
        return
      case 'update':
        // Updates are applied in commit runs (see `commit`), never here.
        return
    }
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const owned = origin instanceof Connection ? this.connections.get(origin) : undefined
    if (owned) {
      // The newest connection to speak for a client id owns it (a reconnecting client may still
      // have a half-dead old connection), so only the owner's departure removes that state.
      for (const clientId of [...added, ...updated]) {
        for (const ids of this.connections.values()) ids.delete(clientId)
        owned.add(clientId)
      }
      for (const clientId of removed) owned.delete(clientId)
    }
    const changed = [...added, ...updated, ...removed]
    const frame = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    // Sent to the sender too, as the reference relay does: it keeps the client's idle check alive.
    for (const connection of this.connections.keys()) connection.send(frame)
  }

  /** Refuses a client that declared a schema older than the document's: it could delete new blocks. */
  private admits(connection: Connection): boolean {
    // A client that declares nothing is taken to be of the first schema: clients built before
    // versions were declared bind y-prosemirror and would delete blocks they cannot read.
    const version = connection.schemaVersion ?? 1
    if (version >= this.schemaVersion) return true
    connection.refused = true
    connection.close(CloseCode.clientTooOld, `document schema ${this.schemaVersion}, client ${version}`)
    return false
  }

  /** After a newer client migrated the document, older ones still connected must stop. */
  private refuseOutdatedClients(): void {
    const version = documentSchemaVersion(this.doc)
    if (version <= this.schemaVersion) return
    this.schemaVersion = version
    for (const connection of this.connections.keys()) this.admits(connection)
  }

  private async compact(): Promise<void> {
    const snapshot = Y.encodeStateAsUpdate(this.doc)
    try {
      await this.options.store.compact(this.name, snapshot, this.lastSeq)
      this.logEntries = 1
      this.logBytes = snapshot.byteLength
      this.snapshotBytes = snapshot.byteLength
    } catch (error) {
      this.options.log.warn({ room: this.name, error: String(error) }, 'compaction failed; the log is kept')
    }
  }

  /** Storage failed: drop everything not stored; clients reconnect later and resend. */
  private fail(): void {
    this.state = 'failed'
    for (const item of this.queue.clear())
      if (item.kind === 'edit' || item.kind === 'read') item.reject(new StorageUnavailableError())
    for (const connection of this.connections.keys())
      connection.close(CloseCode.storageUnavailable, 'storage unavailable, retry')
    this.options.onIdle(this)
  }

  private checkIdle(): void {
    if (this.state !== 'open') return
    if (this.connections.size === 0 && this.queue.length === 0 && !this.draining && !this.drainScheduled) {
      this.options.onIdle(this)
    }
  }
}
