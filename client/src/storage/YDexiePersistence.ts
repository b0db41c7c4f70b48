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

/** Options of {@link YDexiePersistence}. */
export interface YDexiePersistenceOptions {
  /** True for the origin of an update made on this device (as opposed to one received). */
  isLocalChange: (origin: unknown) => boolean
  /** Called when a write fails; the persistence keeps the updates and retries with backoff. */
  onStorageError?: (error: unknown) => void
  /** Called when a write succeeds after failures. */
  onStorageRecovered?: () => void
  /**
   * Called with true when a local change arrives while all earlier ones are stored, and with
   * false once every local change received is in IndexedDB.
   */
  onUnstoredLocalChanges?: (unstored: boolean) => void
  /** Stored rows of the document after which they are merged into one (default 100). */
  compactAfterRows?: number
  /** Stored bytes of the document after which its rows are merged into one (default 1 MiB). */
  compactAfterBytes?: number
  /** Milliseconds to wait before retry number `attempt` (1-based) of a failed write. */
  retryDelayMs?: (attempt: number) => number
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
 * a timer. A failed write keeps its updates, is reported and retried with backoff. The document's
 * `DocumentSyncState` is updated in the same transaction as the updates it describes.
 */
export class YDexiePersistence {
  private static readonly active = new Set<YDexiePersistence>()

  /** Waits until every persistence has stored what it holds; rejects if a write fails. */
  static async flushAll(): Promise<void> {
    await Promise.all([...YDexiePersistence.active].map((persistence) => persistence.flush()))
  }

  /** This session's key in `DocumentSyncState.pendingWriters`. */
  readonly writerId = `session-${createDocumentId()}`
  /** Resolves once the stored state is applied to the document; rejects if it could not be read. */
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
  private writing = false
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private failedAttempts = 0
  private lastError: unknown = null
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

  /** Resolves when everything received so far is stored; rejects if storing fails. */
  flush(): Promise<void> {
    if (this.isIdle()) return Promise.resolve()
    if (this.retryTimer !== null) return Promise.reject(asError(this.lastError))
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }))
  }

  /** Retries a failed write now instead of after the backoff (e.g. when the tab wakes up). */
  retryNow(): void {
    if (this.retryTimer === null) return
    clearTimeout(this.retryTimer)
    this.retryTimer = null
    this.startWrite()
  }

  /** Stops listening to the document. Updates already received are still stored. */
  destroy(): void {
    if (!this.attached) return
    this.attached = false
    this.doc.off('update', this.handleUpdate)
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
    try {
      const stored = await readStoredDocument(this.db, this.documentId)
      if (stored.update !== null) Y.applyUpdate(this.doc, stored.update, this)
      this.stored = stored.size
      this.inheritedWriters = stored.pendingWriters
      return { inheritedUnsynced: Object.keys(this.inheritedWriters).length > 0 }
    } catch (error) {
      // Counted as a failed attempt so the next successful write reports recovery.
      this.failedAttempts += 1
      this.lastError = error
      this.options.onStorageError(error)
      throw error
    } finally {
      this.loaded = true
      this.startWrite()
    }
  }

  private needsCompaction(): boolean {
    const { rows, bytes } = this.stored
    return rows > 1 && (rows >= this.options.compactAfterRows || bytes >= this.options.compactAfterBytes)
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
    this.options.onStorageError(error)
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
