import { CloseCode, documentSchemaVersion, type LockState } from '@samskriv/shared'
import * as Y from 'yjs'
import { DocumentLockedError } from '../storage/Storage.js'
import { checkRun, UpdateRefusedError } from './checkRun.js'
import type { Connection } from './Connection.js'
import type { ClientMessage } from './decodeClientMessage.js'
import { emittedBeyond } from './emittedBeyond.js'
import { answerMessage, greet, type RoomView } from './answerMessage.js'
import { applyStored } from './applyStored.js'
import { encodeSyncUpdate } from './encodeServerMessage.js'
import { heldBack } from './heldBack.js'
import { RoomAwareness } from './RoomAwareness.js'
import { RoomGate } from './RoomGate.js'
import {
  RoomQueue,
  type ApplyItem,
  type ContentItem,
  type ControlItem,
  type EditItem,
  type QueueItem,
  type Transition,
} from './RoomQueue.js'
import type { DocumentRoomOptions, Writer } from './DocumentRoomOptions.js'
import { RoomPeers } from './RoomPeers.js'
import { PEER_ORIGIN, SERVER_ORIGIN, STORAGE_ORIGIN } from './transactionOrigins.js'
import { RoomAdmission, updateOf } from './RoomAdmission.js'
import type { UpdateActor } from './UpdateRules.js'
import { UpdateLog } from './UpdateLog.js'

/** Thrown to server-side edits when the room cannot store them. */
export class StorageUnavailableError extends Error {
  constructor() {
    super('storage unavailable')
    this.name = 'StorageUnavailableError'
  }
}

/**
 * Milliseconds of work a room does (a commit, answers to requests) before it lets the event loop
 * serve others (other documents, the API); the room's own queue waits, so its order holds.
 */
const COMMIT_SLICE_MS = 5

/** Adds the account behind an applied update to the commit's writers, once. */
function noteWriter(
  writers: Writer[],
  who: { readonly userId: string | null; readonly name?: string | null; readonly userName?: string | null } | null,
): void {
  if (who === null || who.userId === null) return
  if (writers.some((writer) => writer.id === who.userId)) return
  writers.push({ id: who.userId, name: who.name ?? who.userName ?? '' })
}

/** Items whose promise settles when the commit they are part of has been stored (or failed). */
type Settled = EditItem | ApplyItem

/**
 * One document in memory: its Yjs state, presence, connections and a queue that processes every
 * message in arrival order. Content updates that arrive together are applied, committed to the
 * store in one transaction, and only then relayed and acknowledged.
 */
export class DocumentRoom {
  private current = new Y.Doc({ gc: true })
  private readonly presence: RoomAwareness
  private readonly gate: RoomGate
  private readonly log: UpdateLog
  private readonly admission: RoomAdmission
  private readonly peers: RoomPeers
  private readonly connections = new Set<Connection>()
  private readonly queue = new RoomQueue()
  private state: 'loading' | 'open' | 'failed' | 'closed' = 'loading'
  private draining: Promise<void> | null = null
  private drainScheduled = false
  private readonly loaded: Promise<boolean>
  /** The committed document encoded whole, for clients that have none of it (until it changes). */
  private wholeState: Uint8Array | null = null

  constructor(private readonly options: DocumentRoomOptions) {
    this.presence = new RoomAwareness(this.current, options.maxAwarenessClientsPerConnection, (update, userId) =>
      this.peers.presenceChanged(update, userId),
    )
    this.gate = new RoomGate(options.kind)
    this.log = new UpdateLog(
      options.store,
      options.name,
      { entries: options.compactAfterEntries, bytes: options.compactAfterBytes },
      options.log,
    )
    this.admission = new RoomAdmission(this.gate, this.log, options)
    this.peers = new RoomPeers(
      options.bus,
      options.name,
      {
        log: this.log,
        presence: this.presence,
        applyFromPeers: (updates) => this.applyFromPeers(updates),
        setLock: (lock, revision) => this.setLock(lock, revision),
        enqueue: (run) => this.push({ kind: 'task', run }),
      },
      options.log,
    )
    this.loaded = this.load()
  }

  get name(): string {
    return this.options.name
  }

  /** The committed document (between commits; never mid-commit). */
  get doc(): Y.Doc {
    return this.current
  }

  get connectionCount(): number {
    return this.connections.size
  }

  /** The sequence number of the last committed update. */
  get committedSeq(): number {
    return this.log.lastSeq
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
    this.connections.add(connection)
    this.presence.join(connection)
    this.push({ kind: 'join', connection })
    return true
  }

  /** Removes a closed connection and the presence it spoke for. */
  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return
    this.presence.leave(connection)
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

  /**
   * Applies a server-side change as one transaction; resolves once it is stored and relayed. A
   * change either writes or applies an update, never both: Yjs counts the whole transaction as
   * remote once it applies an update, and takes the room's own writes in it for another client
   * using its id.
   */
  edit(change: (doc: Y.Doc) => void): Promise<void> {
    return new Promise((resolve, reject) => this.push({ kind: 'edit', change, resolve, reject }))
  }

  /**
   * Applies an update for someone (a proposal): checked and judged like a client's update, then
   * stored and relayed to everyone. Rejects with {@link UpdateRefusedError} when refused.
   */
  applyUpdate(update: Uint8Array, actor: UpdateActor): Promise<void> {
    return new Promise((resolve, reject) => this.push({ kind: 'apply', update, actor, resolve, reject }))
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
      this.push({ kind: 'read', run: (doc) => resolve(reader(doc, this.log.lastSeq)), reject }),
    )
  }

  /** Messages from other processes may have been lost: catch up from storage. */
  resync(): void {
    if (this.state === 'open' || this.state === 'loading') this.peers.resync()
  }

  /**
   * Closes every connection (going away), finishes the queued work, compacts the log and frees
   * the document. The room is unusable afterwards.
   */
  async close(): Promise<void> {
    for (const connection of this.connections) connection.close(CloseCode.goingAway, 'server closing')
    await this.loaded
    await this.drain()
    this.peers.close()
    if (this.state === 'open' && this.log.compactable) await this.log.compact(Y.encodeStateAsUpdate(this.current))
    if (this.state === 'open') this.options.onUnload(this)
    this.state = 'closed'
    this.presence.destroy()
    this.current.destroy()
  }

  private async load(): Promise<boolean> {
    await this.options.previousClose
    try {
      // Subscribed first: what other processes commit while this one reads is not missed.
      await this.peers.join()
      const [updates, status] = await Promise.all([this.log.load(), this.options.loadLock()])
      this.gate.lock = status.lock
      this.gate.revision = status.revision
      const { own, error } = applyStored(
        this.current,
        updates.length > 0 ? [Y.mergeUpdates(updates)] : [],
        STORAGE_ORIGIN,
      )
      if (error !== undefined) throw error
      this.gate.schemaVersion = documentSchemaVersion(this.current)
      this.state = 'open'
      this.storeOwn(own)
      return true
    } catch (error) {
      this.options.log.error({ room: this.name, error: String(error) }, 'could not load document')
      this.fail()
      return false
    }
  }

  private push(item: QueueItem): void {
    if (this.state === 'failed' || this.state === 'closed') {
      if ('reject' in item) item.reject(new StorageUnavailableError())
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
    let sliceStart = performance.now()
    while (this.state === 'open' && this.queue.length > 0) {
      if (performance.now() - sliceStart > COMMIT_SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve))
        sliceStart = performance.now()
      }
      const run = this.queue.takeContentRun()
      if (run.length > 0) {
        await this.commit(run)
        continue
      }
      const item = this.queue.shift()
      if (item.kind === 'control') await this.control(item)
      else if (item.kind === 'task') await this.runTask(item.run)
      else this.handle(item)
    }
  }

  private async commit(run: ContentItem[]): Promise<void> {
    // Each update the document emits, with the client update whose application caused it.
    const outbox: Array<{ update: Uint8Array; origin: unknown; input: Uint8Array | null }> = []
    let input: Uint8Array | null = null
    const collect = (update: Uint8Array, origin: unknown) => outbox.push({ update, origin, input })
    // Updates whose dependencies the relay lacks emit nothing yet; their bytes are stored as sent,
    // so what is acknowledged is durable even before it can be integrated.
    const pending: Uint8Array[] = []
    const settled: Settled[] = []
    // Who wrote what this commit stores (for the draft's history); a handful at most.
    const writers: Writer[] = []
    const checks = await checkRun(this.options.checker, this.admission.refuseOversized(run), {
      source: this.name,
      describe: this.options.rules.describe,
      references: this.options.rules.references ?? false,
    })
    await this.admission.makeRoom(this.current, checks.keys())
    let appliedBytes = 0
    let sliceStart = performance.now()
    const doc = this.current
    doc.on('update', collect)
    try {
      for (const item of run) {
        if (performance.now() - sliceStart > COMMIT_SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve))
          sliceStart = performance.now()
        }
        if (item.kind === 'edit') {
          try {
            doc.transact(() => item.change(doc), SERVER_ORIGIN)
            settled.push(item)
          } catch (error) {
            item.reject(error instanceof Error ? error : new Error(String(error)))
          }
          continue
        }
        const check = checks.get(item)
        if (!check) continue
        const update = updateOf(item)
        const verdict =
          item.kind === 'apply'
            ? this.admission.server(doc, item, check, appliedBytes)
            : this.admission.client(doc, item.connection, update, check, appliedBytes)
        if (!verdict) continue
        input = update
        const applied = this.apply(item.kind === 'apply' ? SERVER_ORIGIN : item.connection, update, pending)
        input = null
        if (!applied) {
          if (item.kind === 'apply') item.reject(new UpdateRefusedError('update could not be applied'))
          continue
        }
        appliedBytes += update.byteLength
        noteWriter(writers, item.kind === 'apply' ? item.actor : item.connection.identity)
        const afterApply = verdict.afterApply
        if (afterApply) doc.transact(() => afterApply(doc), SERVER_ORIGIN)
        if (item.kind === 'apply') settled.push(item)
      }
    } finally {
      doc.off('update', collect)
    }
    if (outbox.length > 0 || pending.length > 0) {
      this.wholeState = null
      const written = [...outbox.map((o) => o.update), ...pending]
      let seqs: { firstSeq: number; lastSeq: number }
      try {
        seqs = await this.log.append(written, this.guard(outbox))
      } catch (error) {
        if (error instanceof DocumentLockedError) await this.lockedMeanwhile(outbox, settled)
        else await this.storageFailed(error, outbox, settled)
        return
      }
      this.peers.committed(seqs.firstSeq, seqs.lastSeq, written)
      // Before relaying: a client too old for what was just written must never receive it.
      this.gate.refuseOutdated(doc, this.connections)
      for (const { update, origin, input: sent } of outbox) {
        const frame = encodeSyncUpdate(update)
        // The sender has what it sent, but not what applying it changed beyond that.
        const echo = sent !== null && this.connections.has(origin as Connection) && emittedBeyond(update, sent)
        for (const connection of this.connections) if (connection !== origin || echo) connection.send(frame)
      }
      this.options.onCommitted(this, writers)
    }
    for (const item of settled) item.resolve()
    if (this.log.needsCompaction) await this.log.compact(Y.encodeStateAsUpdate(doc))
  }

  private apply(origin: unknown, update: Uint8Array, pending: Uint8Array[]): boolean {
    const held = heldBack(this.current)
    try {
      Y.applyUpdate(this.current, update, origin)
    } catch {
      if (origin !== SERVER_ORIGIN)
        (origin as Connection).close(CloseCode.malformedMessage, 'update could not be applied')
      return false
    }
    if (held.grew()) pending.push(update)
    return true
  }

  /**
   * Storing failed (e.g. a full disk): what was applied in memory is thrown away by reloading the
   * document from storage, the writers of the lost batch are told to come back later (4507; their
   * clients keep the changes and resend them), and everyone else goes on reading. Only when the
   * document cannot even be read does the room give up.
   */
  private async storageFailed(
    error: unknown,
    outbox: ReadonlyArray<{ origin: unknown }>,
    settled: readonly Settled[],
  ): Promise<void> {
    this.options.log.error({ room: this.name, error: String(error) }, 'could not store updates; not acknowledged')
    for (const item of settled) item.reject(new StorageUnavailableError())
    for (const { origin } of outbox) {
      if (this.connections.has(origin as Connection)) {
        ;(origin as Connection).close(CloseCode.storageUnavailable, 'storage unavailable, retry')
      }
    }
    try {
      await this.reload()
    } catch (reloadError) {
      this.options.log.error({ room: this.name, error: String(reloadError) }, 'could not reload document')
      this.fail()
    }
  }

  /** Throws away the document in memory and reads it again from storage. */
  private async reload(): Promise<void> {
    const updates = await this.log.load()
    const reloaded = new Y.Doc({ gc: true })
    const { own, error } = applyStored(reloaded, updates.length > 0 ? [Y.mergeUpdates(updates)] : [], STORAGE_ORIGIN)
    if (error !== undefined) throw error
    this.current = reloaded
    this.wholeState = null
    this.storeOwn(own)
  }

  private handle(item: QueueItem): void {
    switch (item.kind) {
      case 'read':
        try {
          item.run(this.current)
        } catch (error) {
          item.reject(error instanceof Error ? error : new Error(String(error)))
        }
        return
      case 'join':
        greet(this.view, item.connection)
        return
      case 'message':
        answerMessage(this.view, item.connection, item.message)
        return
      case 'edit':
      case 'apply':
      case 'control':
      case 'task':
        return
    }
  }

  private get view(): RoomView {
    return {
      doc: this.current,
      presence: this.presence,
      gate: this.gate,
      wholeState: () => (this.wholeState ??= Y.encodeStateAsUpdate(this.current)),
    }
  }

  private async control(item: ControlItem): Promise<void> {
    let transition: Transition
    try {
      // No other process appends meanwhile, and the document first takes in all they committed.
      transition = await this.log.exclusive((missed) => {
        this.applyFromPeers(missed)
        return item.run(this.current, this.log.lastSeq)
      })
    } catch (error) {
      item.reject(error instanceof Error ? error : new Error(String(error)))
      return
    }
    this.gate.lock = transition.lock
    this.gate.revision = transition.revision
    this.peers.lockChanged(transition.lock, transition.revision)
    const meta = transition.meta
    if (meta) await this.commit([{ kind: 'edit', change: meta, resolve: () => {}, reject: () => {} }])
    for (const connection of this.connections) this.gate.notify(connection, this.current, false)
    item.resolve(transition.result)
  }

  private setLock(lock: LockState, revision: number): void {
    this.gate.lock = lock
    this.gate.revision = revision
    for (const connection of this.connections) this.gate.notify(connection, this.current, false)
  }

  /**
   * Client edits of content, and proposals applied for someone, are stored only while the
   * document is a draft (another process may lock it).
   */
  private guard(outbox: ReadonlyArray<{ input: Uint8Array | null }>) {
    const fromClients = outbox.some((o) => o.input !== null)
    return this.options.kind === 'content' && fromClients ? { whileDraft: this.options.name } : undefined
  }

  /**
   * Another process locked the document (approval, justering) between this batch's check and its
   * commit: nothing of it was stored. The document is read again, its writers are refused as if the
   * lock had been known (their clients keep the changes as a proposal), and server edits and
   * proposals being applied are judged again by the lock.
   */
  private async lockedMeanwhile(
    outbox: ReadonlyArray<{ origin: unknown; input: Uint8Array | null }>,
    settled: readonly Settled[],
  ): Promise<void> {
    try {
      const [, status] = await Promise.all([this.reload(), this.options.loadLock()])
      this.setLock(status.lock, status.revision)
    } catch (error) {
      await this.storageFailed(error, outbox, settled)
      return
    }
    for (const { origin, input } of outbox) {
      if (input !== null && this.connections.has(origin as Connection)) {
        this.gate.refuse(origin as Connection, this.current, input)
      }
    }
    if (settled.length > 0) await this.commit([...settled])
  }

  /** Applies updates committed by another process (or read from storage) and relays what they change. */
  private applyFromPeers(updates: readonly Uint8Array[]): void {
    const applied = applyStored(this.current, updates, PEER_ORIGIN)
    if (applied.error !== undefined) {
      this.options.log.error({ room: this.name, error: String(applied.error) }, 'could not apply a committed update')
    }
    this.storeOwn(applied.own)
    this.relayStored(applied.changed)
  }

  /** Sends updates that are stored to every client. */
  private relayStored(updates: readonly Uint8Array[]): void {
    if (updates.length === 0) return
    this.wholeState = null
    this.gate.refuseOutdated(this.current, this.connections)
    for (const update of updates) {
      const frame = encodeSyncUpdate(update)
      for (const connection of this.connections) connection.send(frame)
    }
  }

  /**
   * Stores, publishes and relays what the document wrote on its own while applying stored updates
   * (see {@link applyStored}); queued, so it never runs inside another commit or a transition.
   * Like a client's edit it is stored only while the document is a draft: an approved version
   * never changes, so the room then drops it by reading the document again from storage.
   */
  private storeOwn(updates: Uint8Array[]): void {
    if (updates.length === 0) return
    const guard = this.options.kind === 'content' ? { whileDraft: this.options.name } : undefined
    this.push({
      kind: 'task',
      run: async () => {
        let seqs: { firstSeq: number; lastSeq: number }
        try {
          seqs = await this.log.append(updates, guard)
        } catch (error) {
          if (!(error instanceof DocumentLockedError)) throw error
          await this.reload()
          return
        }
        const { firstSeq, lastSeq } = seqs
        this.peers.committed(firstSeq, lastSeq, updates)
        this.relayStored(updates)
        this.options.onCommitted(this, [])
      },
    })
  }

  private async runTask(run: () => Promise<void>): Promise<void> {
    try {
      await run()
    } catch (error) {
      this.options.log.error({ room: this.name, error: String(error) }, 'room task failed')
    }
  }

  /** The room cannot go on (its document cannot be read): everyone is told to come back later. */
  private fail(): void {
    this.state = 'failed'
    for (const item of this.queue.clear()) if ('reject' in item) item.reject(new StorageUnavailableError())
    for (const connection of this.connections)
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
