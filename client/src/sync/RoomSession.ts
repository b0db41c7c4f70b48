import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { CloseCode, roomName, type DocumentId, type Room } from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { YDexiePersistence, type StorageFailure } from '../storage/YDexiePersistence'
import { deriveSyncStatus, type SyncStatus } from './deriveSyncStatus'
import { DurabilityTracker } from './DurabilityTracker'
import { isRefusalCloseCode } from './isRefusalCloseCode'
import { attachRelayToken, type RelayTokenHandle, type RelayTokenRefusal, type RelayTokenSource } from './relayTokens'
import { RelayHoldings } from './RelayHoldings'
import {
  initialSyncState,
  reduceSyncState,
  type ConnectionPhase,
  type SyncEvent,
  type SyncState,
} from './reduceSyncState'

/** What a room's owner renders from. Replaced (never mutated) on every change. */
export interface RoomSnapshot {
  /** `loading` until the device's copy has been read. */
  readonly phase: 'loading' | 'ready'
  readonly status: SyncStatus
  /** An initial sync with the relay completed at least once in this session. */
  readonly everSynced: boolean
  readonly online: boolean
  /** The connection to the relay as the status machine sees it. */
  readonly connection: ConnectionPhase
  /** Changes written here are not stored on the device yet (a moment after each). */
  readonly unstored: boolean
  /** The last IndexedDB failure while it lasts, or null. */
  readonly storageError: unknown
  /** What `storageError` failed at: reading the device's copy, or storing changes; null without one. */
  readonly storageFailure: StorageFailure | null
  /** The provider, once the local copy is loaded (carets and presence need it). */
  readonly provider: WebsocketProvider | null
  /** The relay will not let this person in (4403, or not signed in); null while nothing says so. */
  readonly relayRefusal: RelayTokenRefusal | null
}

/**
 * How many times in a row the relay may close a room's connection for a frame over its limit
 * (1009) before this tab stops resending the same too-large state and says so.
 */
export const MAX_OVERSIZED_CLOSES = 3

/**
 * What room sessions tell whoever keeps the device in sync in the background, with the room's
 * storage key (its name: a document's id, or `<id>/annotations` for its comments).
 */
export type SessionActivity =
  /** A session completed its initial sync with the relay: the server answers (again). */
  | { type: 'synced'; key: DocumentId }
  /** A session closed with changes the relay has not acknowledged (nor perhaps stored yet). */
  | { type: 'closedUnsynced'; key: DocumentId }

/** Options of {@link RoomSession}. */
export interface RoomSessionOptions {
  /** The relay's base URL (see `syncServerUrl`). */
  serverUrl: string
  /** A WebSocket implementation other than the browser's (tests). */
  WebSocketPolyfill?: typeof WebSocket
  /**
   * Relay tokens (`GET /api/documents/:id/token`), needed once the server has accounts; without
   * it the session connects without a token (open mode, tests).
   */
  relayTokens?: RelayTokenSource
  /** The relay said this person may not read the document (4403, or no token for it). */
  onAccessLost?: () => void
  /** A session the background sync opened itself: it reports no {@link SessionActivity}. */
  background?: boolean
  /**
   * Keep, on the device, what the relay is known to hold of the room ({@link RoomSession.relayHolds}):
   * what it acknowledged and what it sent. Comments use it to mark the ones not stored yet.
   */
  rememberRelayHoldings?: boolean
}

/** What the owner of a room (a document's content, its comments) adds to the session. */
export interface RoomSessionHooks {
  /** The device's copy is read; the provider is not created yet. */
  onLoaded?: () => void
  /** Query parameters of the relay URL (read when the provider is created). */
  params?: () => Record<string, string>
  /** The provider exists (message handlers can be added); it has not connected yet. */
  onProvider?: (provider: WebsocketProvider) => void
  /** The relay refused the connection with `code` (not one the token module retries). */
  onRefused?: (code: number) => void
}

/**
 * One relay room held on this device: its Y.Doc stored in IndexedDB ({@link YDexiePersistence})
 * under the room's name, synced through the relay (y-websocket, with the BroadcastChannel to other
 * tabs) once the device's copy is read, with durability tracking and the one sync status machine
 * ({@link reduceSyncState}). A document's content and its comments are each one; subscribe with
 * `subscribe`/`getSnapshot`.
 */
export class RoomSession {
  private static readonly openCounts = new Map<string, number>()
  /** Per room, the relay's 1009 closes in a row in this tab (across its sessions). */
  private static readonly oversizedCloses = new Map<string, number>()
  private static readonly activityListeners = new Set<(activity: SessionActivity) => void>()

  /** Whether a session of the room stored under this key (its room name) is open in this tab. */
  static isOpen(key: string): boolean {
    return (RoomSession.openCounts.get(key) ?? 0) > 0
  }

  /** Calls `listener` with every {@link SessionActivity} in this tab; returns the unsubscribe function. */
  static onActivity(listener: (activity: SessionActivity) => void): () => void {
    RoomSession.activityListeners.add(listener)
    return () => RoomSession.activityListeners.delete(listener)
  }

  readonly doc = new Y.Doc()
  /** The room's name: the key its copy is stored under, and its path on the relay. */
  readonly key: DocumentId
  private readonly persistence: YDexiePersistence
  private readonly holdings: RelayHoldings | null
  private provider: WebsocketProvider | null = null
  private relayToken: RelayTokenHandle | null = null
  private tracker: DurabilityTracker | null = null
  private state: SyncState
  private current: RoomSnapshot
  private readonly listeners = new Set<() => void>()
  private destroyed = false

  constructor(
    db: LocalDatabase,
    readonly room: Room,
    private readonly options: RoomSessionOptions,
    private readonly hooks: RoomSessionHooks = {},
  ) {
    // Stored rows are keyed by room name: a document's content under its bare id.
    this.key = roomName(room) as DocumentId
    this.state = initialSyncState(navigator.onLine)
    this.current = {
      phase: 'loading',
      status: deriveSyncStatus(this.state),
      everSynced: false,
      online: navigator.onLine,
      connection: this.state.connection,
      unstored: false,
      storageError: null,
      storageFailure: null,
      provider: null,
      relayRefusal: null,
    }
    this.persistence = new YDexiePersistence(db, this.key, this.doc, {
      isLocalChange: this.isLocalChange,
      onStorageError: (error, failed) =>
        this.dispatch({ type: 'storageFailed' }, { storageError: error, storageFailure: failed }),
      onStorageRecovered: () =>
        this.dispatch({ type: 'storageRecovered' }, { storageError: null, storageFailure: null }),
      onUnstoredLocalChanges: (unstored) => this.dispatch({ type: 'localStorage', unstored }),
    })
    this.holdings = options.rememberRelayHoldings === true ? new RelayHoldings(db, this.key, this.doc) : null
    RoomSession.openCounts.set(this.key, (RoomSession.openCounts.get(this.key) ?? 0) + 1)
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
      ;[{ inheritedUnsynced }] = await Promise.all([this.persistence.whenLoaded, this.holdings?.load()])
    } catch {
      // Destroyed while loading failed (reported through onStorageError meanwhile).
      return
    }
    if (this.destroyed) return
    this.hooks.onLoaded?.()
    const provider = new WebsocketProvider(this.options.serverUrl, this.key, this.doc, {
      connect: false,
      params: this.hooks.params?.() ?? {},
      shouldReconnect: (event) => !this.isFinalClose(event.code),
      ...(this.options.WebSocketPolyfill ? { WebSocketPolyfill: this.options.WebSocketPolyfill } : {}),
    })
    if (this.options.relayTokens) {
      this.relayToken = attachRelayToken(provider, this.room, {
        source: this.options.relayTokens,
        onRefused: (refusal) => {
          this.publish({ relayRefusal: refusal })
          if (refusal === 'forbidden') this.options.onAccessLost?.()
          this.refuse(refusal === 'signedOut' ? CloseCode.unauthorized : CloseCode.forbidden, true)
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
      this.report({ type: 'synced', key: this.key })
      // Nothing of this device is waiting: the relay holds all the device has.
      if (!this.current.status.pendingChanges) this.holdings?.holdAll()
    })
    // Created after the provider, so its update listener runs after the provider's.
    this.tracker = new DurabilityTracker(provider, this.doc, {
      isLocalChange: this.isLocalChange,
      inheritedUnsynced,
      onEvent: (event) => this.dispatch(event),
      onSettled: ({ localChanges, inherited }) => {
        if (localChanges) this.persistence.acknowledgeLocalChanges(this.persistence.localChangeCount)
        if (inherited) this.persistence.acknowledgeInherited()
        this.holdings?.holdAll()
      },
    })
    this.holdings?.watch(provider)
    this.hooks.onProvider?.(provider)
    this.provider = provider
    this.dispatch({ type: 'loaded', inheritedUnsynced }, { phase: 'ready', provider })
    if (navigator.onLine) this.connectRelay()
    else provider.connectBc()
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getSnapshot = (): RoomSnapshot => this.current

  /**
   * What the relay is known to hold, per Yjs client (a state vector): everything it acknowledged
   * and everything it sent. Empty unless the session was opened with `rememberRelayHoldings`.
   */
  relayHolds(): ReadonlyMap<number, number> {
    return this.holdings?.state ?? new Map()
  }

  /** Calls `listener` when {@link relayHolds} grows; returns the unsubscribe function. */
  onRelayHoldingsChange(listener: () => void): () => void {
    return this.holdings?.onChange(listener) ?? (() => {})
  }

  /** Tries the relay and the local storage again now (after a refusal or a storage failure). */
  retry(): void {
    RoomSession.oversizedCloses.delete(this.key)
    if (this.current.relayRefusal !== null) this.publish({ relayRefusal: null })
    this.persistence.retryNow()
    if (navigator.onLine) this.connectRelay()
  }

  /** Resolves when everything received so far is stored on the device. */
  flush(): Promise<void> {
    return this.persistence.flush()
  }

  /** Closes the connection and stops listening; updates received so far are still stored. */
  destroy(): void {
    if (this.destroyed) return
    const leftUnsynced = this.current.status.pendingChanges || this.state.unstoredLocalChanges
    this.destroyed = true
    const openCount = (RoomSession.openCounts.get(this.key) ?? 1) - 1
    if (openCount > 0) RoomSession.openCounts.set(this.key, openCount)
    else RoomSession.openCounts.delete(this.key)
    window.removeEventListener('online', this.handleOnline)
    window.removeEventListener('offline', this.handleOffline)
    document.removeEventListener('visibilitychange', this.handleVisibility)
    this.tracker?.destroy()
    this.relayToken?.destroy()
    if (this.provider) {
      this.provider.destroy()
      // The provider leaves its awareness (and its timer) behind.
      this.provider.awareness.destroy()
    }
    this.holdings?.destroy()
    this.persistence.destroy()
    this.listeners.clear()
    // Its tracker is gone, so an acknowledgement still on its way settles nothing: the
    // background sync takes the room over (after its writes are stored).
    if (leftUnsynced) this.report({ type: 'closedUnsynced', key: this.key })
  }

  private readonly isLocalChange = (origin: unknown): boolean =>
    origin !== this.persistence && (this.provider === null || origin !== this.provider)

  private dispatch(event: SyncEvent, patch: Partial<RoomSnapshot> = {}): void {
    this.state = reduceSyncState(this.state, event)
    const status = deriveSyncStatus(this.state)
    // Everything the relay has is acknowledged, so nothing too large is waiting any more.
    if (status.kind === 'synced') RoomSession.oversizedCloses.delete(this.key)
    const { online, connection, unstoredLocalChanges: unstored } = this.state
    this.publish({ ...patch, status, online, connection, unstored })
  }

  private report(activity: SessionActivity): void {
    if (this.options.background === true) return
    for (const listener of RoomSession.activityListeners) listener(activity)
  }

  /**
   * Whether the relay's close `code` means "do not reconnect as is": a refusal (4400–4499 but
   * 4429), or a frame over its limit (1009) too many times in a row. That frame is typically the
   * step 2 with everything the relay lacks; resending the same state fails the same way.
   */
  private isFinalClose(code: number): boolean {
    if (isRefusalCloseCode(code)) return true
    return code === CloseCode.messageTooBig && (RoomSession.oversizedCloses.get(this.key) ?? 0) >= MAX_OVERSIZED_CLOSES
  }

  private countOversizedClose(): void {
    RoomSession.oversizedCloses.set(this.key, (RoomSession.oversizedCloses.get(this.key) ?? 0) + 1)
  }

  /** Connects to the relay, with a token when the server wants one. */
  private connectRelay(): void {
    if (this.relayToken) this.relayToken.connect()
    else this.provider?.connect()
  }

  /** Records a refusal; a 4401 the token module retries with a new token is none (unless `final`). */
  private refuse(code: number, final = false): void {
    if (!final && this.relayToken?.handlesClose(code) === true) return
    this.hooks.onRefused?.(code)
    if (this.state.refusedCode === code) return
    this.dispatch({ type: 'refused', closeCode: code })
  }

  private publish(patch: Partial<RoomSnapshot>): void {
    if (this.destroyed) return
    this.current = { ...this.current, ...patch }
    for (const listener of this.listeners) listener()
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
