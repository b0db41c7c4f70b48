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
import { YDexiePersistence, type StorageFailure } from '../storage/YDexiePersistence'
import { deriveSyncStatus, type SyncStatus } from './deriveSyncStatus'
import { describeDocumentLock, type DocumentLock } from './documentLock'
import { DurabilityTracker } from './DurabilityTracker'
import { isRefusalCloseCode } from './isRefusalCloseCode'
import { attachRelayToken, type RelayTokenHandle, type RelayTokenRefusal, type RelayTokenSource } from './relayTokens'
import { knownNodeNames } from './knownNodeNames'
import { handleRelayNotices, type RelayConnectionState } from './relayNotice'
import { SchemaGuard, type SchemaConflictReason } from './SchemaGuard'
import {
  initialSyncState,
  reduceSyncState,
  type ConnectionPhase,
  type SyncEvent,
  type SyncState,
} from './reduceSyncState'

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
  /** The connection to the relay as the status machine sees it. */
  connection: ConnectionPhase
  /** The last IndexedDB failure while it lasts, or null. */
  storageError: unknown
  /** What `storageError` failed at: reading the device's copy, or storing changes; null without one. */
  storageFailure: StorageFailure | null
  /** The provider, once the local copy is loaded (carets and presence need it). */
  provider: WebsocketProvider | null
  /**
   * Why this version of the app must not bind an editor to the document (it was written by a newer
   * version), or null while it may.
   */
  schemaConflict: SchemaConflictReason | null
  /**
   * The relay will not let this person in: no access to the document (4403, e.g. removed from its
   * group), or not signed in; null while nothing says so.
   */
  relayRefusal: RelayTokenRefusal | null
  /**
   * What the relay last told this session (message 101): access, lock, revision, whether an update
   * was refused (and how many so far) and its state vector; null until it spoke. Kept while
   * disconnected.
   */
  relay: RelayConnectionState | null
  /** Whether the content may be edited here, and why not (see {@link describeDocumentLock}). */
  lock: DocumentLock
}

/** The transaction origin of a schema migration made on this device (a local change). */
const MIGRATION_ORIGIN = Symbol('schema migration')

/**
 * How many times in a row the relay may close a document's connection for a frame over its limit
 * (1009) before this tab stops resending the same too-large state and says so.
 */
export const MAX_OVERSIZED_CLOSES = 3

/** What sessions tell whoever keeps the device in sync in the background. */
export type SessionActivity =
  /** A session completed its initial sync with the relay: the server answers (again). */
  | { type: 'synced'; documentId: DocumentId }
  /** A session closed with changes the relay has not acknowledged (nor perhaps stored yet). */
  | { type: 'closedUnsynced'; documentId: DocumentId }

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
  /**
   * Relay tokens (`GET /api/documents/:id/token`), needed once the server has accounts; without
   * it the session connects without a token (open mode, tests).
   */
  relayTokens?: RelayTokenSource
  /** The relay said this person may not read the document (4403, or no token for it). */
  onAccessLost?: () => void
  /**
   * A session the background sync opened itself: it reports no {@link SessionActivity}, which
   * would only start the background sync again.
   */
  background?: boolean
}

/**
 * One open document: its Y.Doc stored on the device ({@link YDexiePersistence}), synced through
 * the relay (y-websocket, with the BroadcastChannel to other tabs) once the local copy is loaded,
 * with durability tracking and the sync status machine. Subscribe with `subscribe`/`getSnapshot`.
 */
export class DocumentSession {
  private static readonly openCounts = new Map<DocumentId, number>()
  /** Per document, the relay's 1009 closes in a row in this tab (across its sessions). */
  private static readonly oversizedCloses = new Map<DocumentId, number>()
  private static readonly activityListeners = new Set<(activity: SessionActivity) => void>()

  /** Whether a session for the document is open in this tab. */
  static isOpen(documentId: DocumentId): boolean {
    return (DocumentSession.openCounts.get(documentId) ?? 0) > 0
  }

  /** Calls `listener` with every {@link SessionActivity} in this tab; returns the unsubscribe function. */
  static onActivity(listener: (activity: SessionActivity) => void): () => void {
    DocumentSession.activityListeners.add(listener)
    return () => DocumentSession.activityListeners.delete(listener)
  }

  readonly doc = new Y.Doc()
  /** Created before anything else observes the document (see {@link SchemaGuard}). */
  private readonly guard = new SchemaGuard(this.doc, knownNodeNames())
  private readonly persistence: YDexiePersistence
  private provider: WebsocketProvider | null = null
  private relayToken: RelayTokenHandle | null = null
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
      connection: this.state.connection,
      storageError: null,
      storageFailure: null,
      provider: null,
      schemaConflict: null,
      relayRefusal: null,
      relay: null,
      lock: describeDocumentLock(null, null),
    }
    this.guard.onConflict((reason) => this.publish({ schemaConflict: reason }))
    this.persistence = new YDexiePersistence(db, documentId, this.doc, {
      isLocalChange: this.isLocalChange,
      onStorageError: (error, failed) =>
        this.dispatch({ type: 'storageFailed' }, { storageError: error, storageFailure: failed }),
      onStorageRecovered: () =>
        this.dispatch({ type: 'storageRecovered' }, { storageError: null, storageFailure: null }),
      onUnstoredLocalChanges: (unstored) => this.dispatch({ type: 'localStorage', unstored }),
    })
    getMetaMap(this.doc).observe(this.handleMetaChange)
    DocumentSession.openCounts.set(documentId, (DocumentSession.openCounts.get(documentId) ?? 0) + 1)
    window.addEventListener('online', this.handleOnline)
    window.addEventListener('offline', this.handleOffline)
    document.addEventListener('visibilitychange', this.handleVisibility)
  }

  /**
   * Loads the local copy (retrying while IndexedDB fails), then opens the provider. Never rejects.
   * It never connects before the device's copy is read: the device may hold changes the relay
   * lacks, and "Synkat" must not be claimed without them.
   */
  async start(): Promise<void> {
    let inheritedUnsynced: boolean
    try {
      ;({ inheritedUnsynced } = await this.persistence.whenLoaded)
    } catch {
      // Destroyed while loading failed (reported through onStorageError meanwhile).
      return
    }
    if (this.destroyed) return
    this.checkSchema()
    const room = { documentId: this.documentId, kind: 'content' } as const
    const provider = new WebsocketProvider(this.options.serverUrl, roomName(room), this.doc, {
      connect: false,
      params: this.clientParams(),
      shouldReconnect: (event) => !this.isFinalClose(event.code),
      ...(this.options.WebSocketPolyfill ? { WebSocketPolyfill: this.options.WebSocketPolyfill } : {}),
    })
    if (this.options.relayTokens) {
      this.relayToken = attachRelayToken(provider, room, {
        source: this.options.relayTokens,
        onRefused: (refusal) => {
          this.publish({ relayRefusal: refusal })
          if (refusal === 'forbidden') this.options.onAccessLost?.()
          this.refuse(refusal === 'forbidden' ? CloseCode.forbidden : CloseCode.unauthorized, true)
        },
        onUnavailable: () => this.dispatch({ type: 'wsDisconnected', closeCode: null }),
      })
    }
    provider.on('status', ({ status }) => {
      if (status === 'connecting') this.dispatch({ type: 'wsConnecting' })
      if (status === 'connected') this.dispatch({ type: 'wsConnected' })
    })
    provider.on('connection-close', (event) => {
      const code = event?.code ?? null
      if (code === CloseCode.messageTooBig) this.countOversizedClose()
      // A refusal is known before the disconnect is published, so nobody mistakes it for "later".
      if (code !== null && this.isFinalClose(code)) this.refuse(code)
      this.dispatch({ type: 'wsDisconnected', closeCode: code })
    })
    provider.on('closed', ({ code }) => this.refuse(code))
    provider.on('sync', (synced) => {
      if (!synced) return
      this.dispatch({ type: 'synced' }, { everSynced: true })
      this.report({ type: 'synced', documentId: this.documentId })
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
    handleRelayNotices(provider, (next) => {
      const relay = next(this.current.relay)
      // The relay counts this copy as current: reconnects declare that revision from now on.
      if (!relay.stale) provider.params = { ...provider.params, [CLIENT_PARAMS.revision]: String(relay.revision) }
      this.publish({ relay })
    })
    this.provider = provider
    this.dispatch({ type: 'loaded', inheritedUnsynced }, { phase: 'ready', provider })
    if (navigator.onLine) this.connectRelay()
    else provider.connectBc()
  }

  /** Tries the relay and the local storage again now (after a refusal or a storage failure). */
  retry(): void {
    DocumentSession.oversizedCloses.delete(this.documentId)
    if (this.current.relayRefusal !== null) this.publish({ relayRefusal: null })
    this.persistence.retryNow()
    if (navigator.onLine) this.connectRelay()
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
    const { status } = this.current
    const leftUnsynced = status.pendingChanges || this.state.unstoredLocalChanges
    this.destroyed = true
    const openCount = (DocumentSession.openCounts.get(this.documentId) ?? 1) - 1
    if (openCount > 0) DocumentSession.openCounts.set(this.documentId, openCount)
    else DocumentSession.openCounts.delete(this.documentId)
    window.removeEventListener('online', this.handleOnline)
    window.removeEventListener('offline', this.handleOffline)
    document.removeEventListener('visibilitychange', this.handleVisibility)
    getMetaMap(this.doc).unobserve(this.handleMetaChange)
    this.tracker?.destroy()
    this.relayToken?.destroy()
    if (this.provider) {
      this.provider.destroy()
      // The provider leaves its awareness (and its timer) behind.
      this.provider.awareness.destroy()
    }
    this.persistence.destroy()
    this.guard.destroy()
    this.listeners.clear()
    // Its tracker is gone, so an acknowledgement still on its way settles nothing: the
    // background sync takes the document over (after its writes are stored).
    if (leftUnsynced) this.report({ type: 'closedUnsynced', documentId: this.documentId })
  }

  private readonly isLocalChange = (origin: unknown): boolean =>
    origin !== this.persistence && (this.provider === null || origin !== this.provider)

  private dispatch(event: SyncEvent, patch: Partial<DocumentSessionSnapshot> = {}): void {
    this.state = reduceSyncState(this.state, event)
    const status = deriveSyncStatus(this.state)
    // Everything the relay has is acknowledged, so nothing too large is waiting any more.
    if (status.kind === 'synced') DocumentSession.oversizedCloses.delete(this.documentId)
    this.publish({ ...patch, status, online: this.state.online, connection: this.state.connection })
  }

  private report(activity: SessionActivity): void {
    if (this.options.background === true) return
    for (const listener of DocumentSession.activityListeners) listener(activity)
  }

  /**
   * Whether the relay's close `code` means "do not reconnect as is": a refusal (4400–4499 but
   * 4429), or a frame over its limit (1009) too many times in a row. That frame is typically the
   * step 2 with everything the relay lacks; resending the same state fails the same way.
   */
  private isFinalClose(code: number): boolean {
    if (isRefusalCloseCode(code)) return true
    return (
      code === CloseCode.messageTooBig &&
      (DocumentSession.oversizedCloses.get(this.documentId) ?? 0) >= MAX_OVERSIZED_CLOSES
    )
  }

  private countOversizedClose(): void {
    const closes = (DocumentSession.oversizedCloses.get(this.documentId) ?? 0) + 1
    DocumentSession.oversizedCloses.set(this.documentId, closes)
  }

  /**
   * What the client declares in its relay URL: its schema version (the relay refuses, 4426, a
   * client older than the document before it could harm it) and the revision its copy was
   * written in, as loaded (changes of a copy from an older revision are refused, not merged);
   * once the relay counts the copy as current, the revision it said.
   */
  private clientParams(): Record<string, string> {
    const params: Record<string, string> = { [CLIENT_PARAMS.schemaVersion]: String(SCHEMA_VERSION) }
    const revision = readDocumentMeta(this.doc)?.revision
    if (revision !== undefined) params[CLIENT_PARAMS.revision] = String(revision)
    return params
  }

  /** Connects to the relay, with a token when the server wants one. */
  private connectRelay(): void {
    if (this.relayToken) this.relayToken.connect()
    else this.provider?.connect()
  }

  /** Records a refusal; a 4401 the token module retries with a new token is none (unless `final`). */
  private refuse(code: number, final = false): void {
    if (!final && this.relayToken?.handlesClose(code) === true) return
    if (code === CloseCode.clientTooOld) this.guard.report('refused')
    if (this.state.refusedCode === code) return
    this.dispatch({ type: 'refused', closeCode: code })
  }

  private publish(patch: Partial<DocumentSessionSnapshot>): void {
    if (this.destroyed) return
    const next = { ...this.current, ...patch }
    if (patch.meta !== undefined || patch.relay !== undefined) {
      const lock = describeDocumentLock(next.meta, next.relay)
      if (!sameLock(lock, next.lock)) next.lock = lock
    }
    this.current = next
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
    this.connectRelay()
  }

  private readonly handleOffline = (): void => {
    this.dispatch({ type: 'network', online: false })
    // Chromium leaves a socket half-open for a long while after going offline; close it now and
    // keep the BroadcastChannel so tabs on this device still sync with each other.
    if (this.relayToken) this.relayToken.disconnect()
    else this.provider?.disconnect()
    this.provider?.connectBc()
  }

  private readonly handleVisibility = (): void => {
    if (document.visibilityState === 'visible') this.persistence.retryNow()
  }
}

function sameLock(a: DocumentLock, b: DocumentLock): boolean {
  return (
    a.readOnlyReason === b.readOnlyReason &&
    a.access === b.access &&
    a.revision === b.revision &&
    JSON.stringify(a.lock) === JSON.stringify(b.lock)
  )
}
