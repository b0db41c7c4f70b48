import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import {
  CLIENT_PARAMS,
  CloseCode,
  getMetaMap,
  migrateDocument,
  readDocumentMeta,
  roomName,
  SCHEMA_VERSION,
  type DocumentId,
  type DocumentMeta,
} from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { YDexiePersistence } from '../storage/YDexiePersistence'
import { deriveSyncStatus, type SyncStatus } from './deriveSyncStatus'
import { DurabilityTracker } from './DurabilityTracker'
import { isRefusalCloseCode } from './isRefusalCloseCode'
import { knownNodeNames } from './knownNodeNames'
import { SchemaGuard, type SchemaConflictReason } from './SchemaGuard'
import { initialSyncState, reduceSyncState, type SyncEvent, type SyncState } from './reduceSyncState'

/** What the editor page renders from. Replaced (never mutated) on every change. */
export interface DocumentSessionSnapshot {
  /** `loading` until the device's copy has been read. */
  phase: 'loading' | 'ready'
  status: SyncStatus
  /** The document's metadata, or null while it has none (not loaded yet, or no such document). */
  meta: DocumentMeta | null
  /** An initial sync with the relay completed at least once in this session. */
  everSynced: boolean
  online: boolean
  /** The last IndexedDB failure while it lasts, or null. */
  storageError: unknown
  /** The provider, once the local copy is loaded (carets and presence need it). */
  provider: WebsocketProvider | null
  /**
   * Why this version of the app must not bind an editor to the document (it was written by a newer
   * version), or null while it may.
   */
  schemaConflict: SchemaConflictReason | null
}

/** The transaction origin of a schema migration made on this device (a local change). */
const MIGRATION_ORIGIN = Symbol('schema migration')

/** Options of {@link DocumentSession}. */
export interface DocumentSessionOptions {
  /** The relay's base URL (see `syncServerUrl`). */
  serverUrl: string
  /** Called whenever the metadata changes (locally or remotely). */
  onMetaChange?: (meta: DocumentMeta) => void
  /** A WebSocket implementation other than the browser's (tests). */
  WebSocketPolyfill?: typeof WebSocket
  /**
   * Bring a draft written by an older version up to this schema version as soon as it is read
   * (sessions that bind an editor; headless sessions leave documents as they are).
   */
  migrate?: boolean
}

/**
 * One open document: its Y.Doc stored on the device ({@link YDexiePersistence}), synced through
 * the relay (y-websocket, with the BroadcastChannel to other tabs) once the local copy is loaded,
 * with durability tracking and the sync status machine. Subscribe with `subscribe`/`getSnapshot`.
 */
export class DocumentSession {
  private static readonly openCounts = new Map<DocumentId, number>()

  /** Whether a session for the document is open in this tab. */
  static isOpen(documentId: DocumentId): boolean {
    return (DocumentSession.openCounts.get(documentId) ?? 0) > 0
  }

  readonly doc = new Y.Doc()
  /** Created before anything else observes the document (see {@link SchemaGuard}). */
  private readonly guard = new SchemaGuard(this.doc, knownNodeNames())
  private readonly persistence: YDexiePersistence
  private provider: WebsocketProvider | null = null
  private tracker: DurabilityTracker | null = null
  private state: SyncState
  private current: DocumentSessionSnapshot
  private readonly listeners = new Set<() => void>()
  private destroyed = false

  constructor(
    db: LocalDatabase,
    readonly documentId: DocumentId,
    private readonly options: DocumentSessionOptions,
  ) {
    this.state = initialSyncState(navigator.onLine)
    this.current = {
      phase: 'loading',
      status: deriveSyncStatus(this.state),
      meta: null,
      everSynced: false,
      online: navigator.onLine,
      storageError: null,
      provider: null,
      schemaConflict: null,
    }
    this.guard.onConflict((reason) => this.publish({ schemaConflict: reason }))
    this.persistence = new YDexiePersistence(db, documentId, this.doc, {
      isLocalChange: this.isLocalChange,
      onStorageError: (error) => this.dispatch({ type: 'storageFailed' }, { storageError: error }),
      onStorageRecovered: () => this.dispatch({ type: 'storageRecovered' }, { storageError: null }),
      onUnstoredLocalChanges: (unstored) => this.dispatch({ type: 'localStorage', unstored }),
    })
    getMetaMap(this.doc).observe(this.handleMetaChange)
    DocumentSession.openCounts.set(documentId, (DocumentSession.openCounts.get(documentId) ?? 0) + 1)
    window.addEventListener('online', this.handleOnline)
    window.addEventListener('offline', this.handleOffline)
    document.addEventListener('visibilitychange', this.handleVisibility)
  }

  /** Loads the local copy, then opens the provider. Never rejects. */
  async start(): Promise<void> {
    let inheritedUnsynced = false
    try {
      ;({ inheritedUnsynced } = await this.persistence.whenLoaded)
    } catch {
      // Already reported through onStorageError; the document still syncs from the relay.
    }
    if (this.destroyed) return
    this.checkSchema()
    const provider = new WebsocketProvider(
      this.options.serverUrl,
      roomName({ documentId: this.documentId, kind: 'content' }),
      this.doc,
      {
        connect: false,
        // The relay refuses (4426) a client older than the document, before it could harm it.
        params: { [CLIENT_PARAMS.schemaVersion]: String(SCHEMA_VERSION) },
        shouldReconnect: (event) => !isRefusalCloseCode(event.code),
        ...(this.options.WebSocketPolyfill ? { WebSocketPolyfill: this.options.WebSocketPolyfill } : {}),
      },
    )
    provider.on('status', ({ status }) => {
      if (status === 'connecting') this.dispatch({ type: 'wsConnecting' })
      if (status === 'connected') this.dispatch({ type: 'wsConnected' })
    })
    provider.on('connection-close', (event) => {
      this.dispatch({ type: 'wsDisconnected', closeCode: event?.code ?? null })
    })
    provider.on('closed', ({ code }) => {
      if (code === CloseCode.clientTooOld) this.guard.report('refused')
      this.dispatch({ type: 'refused', closeCode: code })
    })
    provider.on('sync', (synced) => {
      if (synced) this.dispatch({ type: 'synced' }, { everSynced: true })
    })
    // Created after the provider, so its update listener runs after the provider's.
    this.tracker = new DurabilityTracker(provider, this.doc, {
      isLocalChange: this.isLocalChange,
      inheritedUnsynced,
      onEvent: (event) => this.dispatch(event),
      onSettled: ({ localChanges, inherited }) => {
        if (localChanges) this.persistence.acknowledgeLocalChanges(this.persistence.localChangeCount)
        if (inherited) this.persistence.acknowledgeInherited()
      },
    })
    this.provider = provider
    this.dispatch({ type: 'loaded', inheritedUnsynced }, { phase: 'ready', provider })
    if (navigator.onLine) provider.connect()
    else provider.connectBc()
  }

  /** Tries the relay and the local storage again now (after a refusal or a storage failure). */
  retry(): void {
    this.persistence.retryNow()
    if (navigator.onLine) this.provider?.connect()
  }

  /** Resolves when everything received so far is stored on the device. */
  flush(): Promise<void> {
    return this.persistence.flush()
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getSnapshot = (): DocumentSessionSnapshot => this.current

  /**
   * Calls `listener` synchronously, inside the Yjs transaction that brought it, when content this
   * version cannot read arrives: an editor bound to the document must unbind at once, before
   * y-prosemirror deletes what it cannot parse. Returns the unsubscribe function.
   */
  onSchemaConflict(listener: (reason: SchemaConflictReason) => void): () => void {
    return this.guard.onConflict(listener)
  }

  /** Records that the editor found content it cannot hold (its content check failed). */
  reportContentError(): void {
    this.guard.report('contentError')
  }

  /** Closes the connection and stops listening; updates received so far are still stored. */
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    const openCount = (DocumentSession.openCounts.get(this.documentId) ?? 1) - 1
    if (openCount > 0) DocumentSession.openCounts.set(this.documentId, openCount)
    else DocumentSession.openCounts.delete(this.documentId)
    window.removeEventListener('online', this.handleOnline)
    window.removeEventListener('offline', this.handleOffline)
    document.removeEventListener('visibilitychange', this.handleVisibility)
    getMetaMap(this.doc).unobserve(this.handleMetaChange)
    this.tracker?.destroy()
    if (this.provider) {
      this.provider.destroy()
      // The provider leaves its awareness (and its timer) behind.
      this.provider.awareness.destroy()
    }
    this.persistence.destroy()
    this.guard.destroy()
    this.listeners.clear()
  }

  private readonly isLocalChange = (origin: unknown): boolean =>
    origin !== this.persistence && (this.provider === null || origin !== this.provider)

  private dispatch(event: SyncEvent, patch: Partial<DocumentSessionSnapshot> = {}): void {
    this.state = reduceSyncState(this.state, event)
    this.publish({ ...patch, status: deriveSyncStatus(this.state), online: this.state.online })
  }

  private publish(patch: Partial<DocumentSessionSnapshot>): void {
    if (this.destroyed) return
    this.current = { ...this.current, ...patch }
    for (const listener of this.listeners) listener()
  }

  /**
   * Checks the document against this version's schema once it is readable, and migrates a draft
   * written by an older version when this session binds an editor. An approved document is never
   * migrated: it must not change, and being older it holds nothing this version cannot read.
   */
  private checkSchema(): void {
    const meta = readDocumentMeta(this.doc)
    if (meta === null) return
    const compatibility = this.guard.evaluate()
    if (compatibility === 'needsMigration' && this.options.migrate === true && meta.lock.state === 'draft') {
      migrateDocument(this.doc, { origin: MIGRATION_ORIGIN })
    }
  }

  private readonly handleMetaChange = (): void => {
    if (this.current.phase === 'ready') this.checkSchema()
    const meta = readDocumentMeta(this.doc)
    this.publish({ meta })
    if (meta !== null) this.options.onMetaChange?.(meta)
  }

  private readonly handleOnline = (): void => {
    this.dispatch({ type: 'network', online: true })
    this.provider?.connect()
  }

  private readonly handleOffline = (): void => {
    this.dispatch({ type: 'network', online: false })
    // Chromium leaves a socket half-open for a long while after going offline; close it now and
    // keep the BroadcastChannel so tabs on this device still sync with each other.
    this.provider?.disconnect()
    this.provider?.connectBc()
  }

  private readonly handleVisibility = (): void => {
    if (document.visibilityState === 'visible') this.persistence.retryNow()
  }
}
