import * as Y from 'yjs'
import { createDocumentId, type DocumentId } from '@samskriv/shared'
import { compactDocumentUpdates, type StoredSize } from './compactDocumentUpdates'
import type { LocalDatabase } from './LocalDatabase'
import { nextPendingWriters } from './nextPendingWriters'
import { readStoredDocument } from './readStoredDocument'

/** What loading found on the device. */
export interface PersistenceLoadResult {
  /**
   * The device held changes of this document that an earlier session (or another tab) stored but
   * the relay had not acknowledged.
   */
  inheritedUnsynced: boolean
}

/** What failed: reading the stored document, or storing updates. */
export type StorageFailure = 'load' | 'write'

/** Options of {@link YDexiePersistence}. */
export interface YDexiePersistenceOptions {
  /** True for the origin of an update made on this device (as opposed to one received). */
  isLocalChange: (origin: unknown) => boolean
  /**
   * Called when loading or a write fails; the persistence retries with backoff (a write keeps its
   * updates meanwhile).
   */
  onStorageError?: (error: unknown, failed: StorageFailure) => void
  /**
   * Called when what failed succeeds: the load (the document is then loaded), or a write after
   * failed writes. A write never stands in for a load that has not succeeded.
   */
  onStorageRecovered?: () => void
  /**
   * Called with true when a local change arrives while all earlier ones are stored, and with
   * false once every local change received is in IndexedDB.
   */
  onUnstoredLocalChanges?: (unstored: boolean) => void
  /** Stored rows of the document after which they are merged into one (default 100). */
  compactAfterRows?: number
  /**
   * Bytes stored since the last compaction (or since loading) after which the rows are merged into
   * one (default 1 MiB). Growth, not size: a large document is not rewritten on every keystroke.
   */
  compactAfterBytes?: number
  /** Milliseconds to wait before retry number `attempt` (1-based) of a failed load or write. */
  retryDelayMs?: (attempt: number) => number
  /** How many times to try loading before `whenLoaded` rejects (default: until destroyed). */
  maxLoadAttempts?: number
}

interface FlushWaiter {
  resolve: () => void
  reject: (error: unknown) => void
}

const defaultRetryDelayMs = (attempt: number): number => Math.min(30_000, 500 * 2 ** (attempt - 1))

/**
 * Binds a Y.Doc to the device's IndexedDB: loads every stored update of the document, then appends
 * each later update (except its own loads) as soon as possible. Updates that arrive while a write
 * is in flight form the next batch, so there is at most one write in flight and none is delayed by
 * a timer. A failed write keeps its updates, is reported and retried with backoff. A failed load
 * is reported and retried too, and nothing is written before it succeeds: until then the device
 * may hold changes this session has not seen. The document's `DocumentSyncState` is updated in
 * the same transaction as the updates it describes.
 */
export class YDexiePersistence {
  private static readonly active = new Set<YDexiePersistence>()

  /** Waits until every persistence has stored what it holds; rejects if a write fails. */
  static async flushAll(): Promise<void> {
    await Promise.all([...YDexiePersistence.active].map((persistence) => persistence.flush()))
  }

  /** This session's key in `DocumentSyncState.pendingWriters`. */
  readonly writerId = `session-${createDocumentId()}`
  /**
   * Resolves once the stored state is applied to the document (after as many attempts as it
   * takes); rejects when it gives up (`maxLoadAttempts`, or destroyed before it could read).
   */
  readonly whenLoaded: Promise<PersistenceLoadResult>

  private readonly options: Required<YDexiePersistenceOptions>
  private loaded = false
  private attached = true
  private queue: Uint8Array[] = []
  private localChanges = 0
  private storedLocalChanges = 0
  private acknowledgedLocalChanges = 0
  private inheritedWriters: Record<string, number> = {}
  private inheritedAcknowledged = false
  private syncStateDirty = false
  private stored: StoredSize = { rows: 0, bytes: 0 }
  /** Stored bytes right after the last compaction (or the estimate at load): growth counts from here. */
  private compactedBytes = 0
  private writing = false
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private failedAttempts = 0
  private lastError: unknown = null
  /** The last failure to load while loading has not succeeded yet, or null. */
  private loadError: unknown = null
  /** Ends the wait before the next load attempt early (retryNow, destroy). */
  private wakeLoad: (() => void) | null = null
  private waiters: FlushWaiter[] = []

  constructor(
    private readonly db: LocalDatabase,
    readonly documentId: DocumentId,
    private readonly doc: Y.Doc,
    options: YDexiePersistenceOptions,
  ) {
    this.options = {
      onStorageError: () => {},
      onStorageRecovered: () => {},
      onUnstoredLocalChanges: () => {},
      compactAfterRows: 100,
      compactAfterBytes: 1024 * 1024,
      retryDelayMs: defaultRetryDelayMs,
      maxLoadAttempts: Infinity,
      ...options,
    }
    doc.on('update', this.handleUpdate)
    YDexiePersistence.active.add(this)
    this.whenLoaded = this.load()
  }

  /** Local changes seen by this session so far. */
  get localChangeCount(): number {
    return this.localChanges
  }

  /** Records that the relay stored the first `count` local changes of this session. */
  acknowledgeLocalChanges(count: number): void {
    if (count <= this.acknowledgedLocalChanges) return
    this.acknowledgedLocalChanges = count
    this.syncStateDirty = true
    this.startWrite()
  }

  /** Records that the relay stored the unacknowledged changes found when loading. */
  acknowledgeInherited(): void {
    if (this.inheritedAcknowledged) return
    this.inheritedAcknowledged = true
    this.syncStateDirty = true
    this.startWrite()
  }

  /** Resolves when everything received so far is stored; rejects if storing (or loading) fails. */
  flush(): Promise<void> {
    if (!this.loaded && this.loadError !== null) return Promise.reject(asError(this.loadError))
    if (this.isIdle()) return Promise.resolve()
    if (this.retryTimer !== null) return Promise.reject(asError(this.lastError))
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }))
  }

  /** Retries a failed load or write now instead of after the backoff (e.g. when the tab wakes up). */
  retryNow(): void {
    this.wakeLoad?.()
    if (this.retryTimer === null) return
    clearTimeout(this.retryTimer)
    this.retryTimer = null
    this.startWrite()
  }

  /** Stops listening to the document (and trying to load it). Updates already received are still stored. */
  destroy(): void {
    if (!this.attached) return
    this.attached = false
    this.doc.off('update', this.handleUpdate)
    this.wakeLoad?.()
    this.releaseIfDone()
  }

  private readonly handleUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return
    this.queue.push(update)
    if (this.options.isLocalChange(origin)) {
      if (this.localChanges === this.storedLocalChanges) this.options.onUnstoredLocalChanges(true)
      this.localChanges += 1
    }
    this.startWrite()
  }

  private async load(): Promise<PersistenceLoadResult> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const stored = await readStoredDocument(this.db, this.documentId)
        if (stored.update !== null) Y.applyUpdate(this.doc, stored.update, this)
        this.stored = stored.size
        this.compactedBytes = stored.largestRowBytes
        this.inheritedWriters = stored.pendingWriters
        this.loaded = true
        if (this.loadError !== null) {
          this.loadError = null
          this.options.onStorageRecovered()
        }
        this.startWrite()
        return { inheritedUnsynced: Object.keys(this.inheritedWriters).length > 0 }
      } catch (error) {
        // Not a write failure: no write may clear it, since nothing is written before a load. What
        // the device holds (perhaps changes never sent) is unknown until a load succeeds.
        this.loadError = error
        this.options.onStorageError(error, 'load')
        if (!this.attached || attempt >= this.options.maxLoadAttempts) throw error
        await new Promise<void>((resolve) => {
          const timer = setTimeout(wake, this.options.retryDelayMs(attempt))
          function wake(): void {
            clearTimeout(timer)
            resolve()
          }
          this.wakeLoad = wake
        })
        this.wakeLoad = null
        if (!this.attached) throw error
      }
    }
  }

  private needsCompaction(): boolean {
    const { rows, bytes } = this.stored
    const grown = bytes - this.compactedBytes
    return rows > 1 && (rows >= this.options.compactAfterRows || grown >= this.options.compactAfterBytes)
  }

  private hasPendingWrites(): boolean {
    return this.queue.length > 0 || this.syncStateDirty
  }

  private isIdle(): boolean {
    return !this.writing && !this.hasPendingWrites()
  }

  private startWrite(): void {
    if (!this.loaded || this.writing || this.retryTimer !== null) return
    if (!this.hasPendingWrites() && !this.needsCompaction()) {
      this.settleWaiters()
      return
    }
    this.writing = true
    void this.writeOnce().finally(() => {
      this.writing = false
      this.startWrite()
    })
  }

  private async writeOnce(): Promise<void> {
    if (this.hasPendingWrites()) {
      const updates = this.queue
      this.queue = []
      const localChanges = this.localChanges
      this.syncStateDirty = false
      try {
        await this.storeBatch(updates, localChanges)
      } catch (error) {
        this.queue = updates.concat(this.queue)
        this.syncStateDirty = true
        this.fail(error)
        return
      }
      const hadUnstored = this.storedLocalChanges < localChanges
      this.storedLocalChanges = localChanges
      if (hadUnstored && localChanges === this.localChanges) this.options.onUnstoredLocalChanges(false)
    }
    if (this.needsCompaction()) {
      try {
        this.stored = await compactDocumentUpdates(this.db, this.documentId)
        this.compactedBytes = this.stored.bytes
      } catch (error) {
        this.fail(error)
        return
      }
    }
    this.recover()
  }

  private async storeBatch(updates: Uint8Array[], localChanges: number): Promise<void> {
    const { db, documentId } = this
    const merged = updates.length > 1 ? Y.mergeUpdates(updates) : (updates[0] ?? null)
    const hasNewLocalChanges = localChanges > this.storedLocalChanges
    const settleInherited = this.inheritedAcknowledged
    await db.transaction('rw', db.updates, db.syncStates, async () => {
      if (merged !== null) await db.updates.add({ documentId, update: merged })
      const current = await db.syncStates.get(documentId)
      const writers = nextPendingWriters(
        current?.pendingWriters ?? {},
        { writerId: this.writerId, stored: localChanges, acknowledged: this.acknowledgedLocalChanges },
        settleInherited ? this.inheritedWriters : null,
      )
      await db.syncStates.put({
        documentId,
        pendingWriters: writers,
        lastLocalChangeAt: hasNewLocalChanges ? new Date().toISOString() : (current?.lastLocalChangeAt ?? null),
      })
    })
    if (settleInherited) this.inheritedWriters = {}
    if (merged !== null) {
      this.stored = { rows: this.stored.rows + 1, bytes: this.stored.bytes + merged.byteLength }
    }
  }

  private fail(error: unknown): void {
    this.failedAttempts += 1
    this.lastError = error
    this.options.onStorageError(error, 'write')
    const waiters = this.waiters
    this.waiters = []
    for (const waiter of waiters) waiter.reject(error)
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      this.startWrite()
    }, this.options.retryDelayMs(this.failedAttempts))
  }

  private recover(): void {
    if (this.failedAttempts === 0) return
    this.failedAttempts = 0
    this.lastError = null
    this.options.onStorageRecovered()
  }

  private settleWaiters(): void {
    const waiters = this.waiters
    this.waiters = []
    for (const waiter of waiters) waiter.resolve()
    this.releaseIfDone()
  }

  private releaseIfDone(): void {
    if (!this.attached && this.isIdle() && this.retryTimer === null) {
      YDexiePersistence.active.delete(this)
    }
  }
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value))
}
