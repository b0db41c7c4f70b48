import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import { WebsocketProvider } from 'y-websocket'
import { getComments, MessageType, readComments, roomName, type Comment, type DocumentId } from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { YDexiePersistence } from '../storage/YDexiePersistence'
import { DurabilityTracker } from '../sync/DurabilityTracker'
import { isRefusalCloseCode } from '../sync/isRefusalCloseCode'
import { attachRelayToken, type RelayTokenHandle, type RelayTokenSource } from '../sync/relayTokens'
import { loadAcknowledged, saveAcknowledged } from './acknowledgedStore'
import { annotationStorageKey } from './annotationStorageKey'
import { currentState, unsyncedCommentIds, type AcknowledgedState } from './unsyncedComments'

/** What the comments panel renders from. Replaced (never mutated) on every change. */
export interface AnnotationSnapshot {
  /** `loading` until the device's copy has been read. */
  readonly phase: 'loading' | 'ready'
  /** Every valid comment, oldest first. */
  readonly comments: readonly Comment[]
  /** Comments whose creation the relay has not acknowledged yet ("ej synkad"). */
  readonly unsynced: ReadonlySet<string>
  readonly online: boolean
  /** An initial sync with the relay has completed on the current connection. */
  readonly synced: boolean
  /** Changes made here (or found on the device) that the relay has not acknowledged yet. */
  readonly pending: boolean
  /** Comments written here that are not stored on the device yet (a moment after each). */
  readonly unstored: boolean
  /** How many times a connection to the relay has closed (or failed) in this session. */
  readonly closes: number
  /** The relay refused a change (no right to comment) or the connection (4400–4499). */
  readonly refused: boolean
  /** The close code of the relay's refusal, when it closed the connection (a limit: 4420–4422). */
  readonly refusedCode: number | null
  /** The last IndexedDB failure while it lasts, or null. */
  readonly storageError: unknown
}

/** Options of {@link AnnotationSession}. */
export interface AnnotationSessionOptions {
  /** The relay's base URL (see `syncServerUrl`). */
  serverUrl: string
  /** Relay tokens, needed once the server has accounts; without it the session connects without one. */
  relayTokens?: RelayTokenSource
  /** A WebSocket implementation other than the browser's (tests). */
  WebSocketPolyfill?: typeof WebSocket
}

/**
 * The comments of one document: their own Y.Doc (room `<id>/annotations`), stored on the device
 * under a key of its own and synced through the relay while online. Approval locks the content,
 * never this. Tracks which comments the relay has acknowledged, across reloads.
 */
export class AnnotationSession {
  private static readonly open = new Map<string, number>()

  /** Whether a session for this storage key (see `annotationStorageKey`) is open in this tab. */
  static isOpen(key: string): boolean {
    return (AnnotationSession.open.get(key) ?? 0) > 0
  }

  readonly doc = new Y.Doc()
  private readonly key: DocumentId
  private readonly persistence: YDexiePersistence
  private provider: WebsocketProvider | null = null
  private tracker: DurabilityTracker | null = null
  private relayToken: RelayTokenHandle | null = null
  private acknowledged: AcknowledgedState = new Map()
  private current: AnnotationSnapshot
  private readonly listeners = new Set<() => void>()
  private destroyed = false

  constructor(
    private readonly db: LocalDatabase,
    readonly documentId: DocumentId,
    private readonly options: AnnotationSessionOptions,
  ) {
    this.key = annotationStorageKey(documentId)
    this.current = {
      phase: 'loading',
      comments: [],
      unsynced: new Set(),
      online: navigator.onLine,
      synced: false,
      pending: false,
      unstored: false,
      closes: 0,
      refused: false,
      refusedCode: null,
      storageError: null,
    }
    this.persistence = new YDexiePersistence(db, this.key, this.doc, {
      isLocalChange: this.isLocalChange,
      onStorageError: (error) => this.publish({ storageError: error }),
      onStorageRecovered: () => this.publish({ storageError: null }),
      onUnstoredLocalChanges: (unstored) => this.publish({ unstored }),
    })
    AnnotationSession.open.set(this.key, (AnnotationSession.open.get(this.key) ?? 0) + 1)
    getComments(this.doc).observeDeep(this.handleCommentsChange)
    window.addEventListener('online', this.handleOnline)
    window.addEventListener('offline', this.handleOffline)
  }

  /** Loads the device's copy and what the relay had acknowledged, then connects. Never rejects. */
  async start(): Promise<void> {
    let inheritedUnsynced: boolean
    try {
      ;[{ inheritedUnsynced }, this.acknowledged] = await Promise.all([
        this.persistence.whenLoaded,
        loadAcknowledged(this.db, this.key).catch(() => new Map<number, number>()),
      ])
    } catch {
      return
    }
    if (this.destroyed) return
    const room = { documentId: this.documentId, kind: 'annotations' } as const
    const provider = new WebsocketProvider(this.options.serverUrl, roomName(room), this.doc, {
      connect: false,
      shouldReconnect: (event) => !isRefusalCloseCode(event.code),
      ...(this.options.WebSocketPolyfill ? { WebSocketPolyfill: this.options.WebSocketPolyfill } : {}),
    })
    if (this.options.relayTokens) {
      this.relayToken = attachRelayToken(provider, room, {
        source: this.options.relayTokens,
        onRefused: () => this.publish({ refused: true }),
      })
    }
    // The relay answers a change it will not apply with permission-denied.
    provider.messageHandlers[MessageType.auth] = (_encoder, decoder) => {
      decoding.readVarUint(decoder)
      this.publish({ refused: true })
    }
    provider.on('connection-close', (event) => {
      this.publish({
        synced: false,
        closes: this.current.closes + 1,
        // A 4401 is the token module's to answer (a new token), not a refusal.
        ...(event && isRefusalCloseCode(event.code) && this.relayToken?.handlesClose(event.code) !== true
          ? { refused: true, refusedCode: event.code }
          : {}),
      })
    })
    provider.on('sync', (synced) => {
      if (!synced) return
      this.publish({ synced: true })
      if (this.tracker !== null && !this.isPending()) this.settle()
    })
    this.tracker = new DurabilityTracker(provider, this.doc, {
      isLocalChange: this.isLocalChange,
      inheritedUnsynced,
      onEvent: () => this.publish({ pending: this.isPending() }),
      onSettled: ({ localChanges, inherited }) => {
        if (localChanges) this.persistence.acknowledgeLocalChanges(this.persistence.localChangeCount)
        if (inherited) this.persistence.acknowledgeInherited()
        this.settle()
      },
    })
    this.provider = provider
    this.publish({
      phase: 'ready',
      pending: inheritedUnsynced,
      comments: readComments(this.doc),
      unsynced: this.unsynced(),
    })
    if (navigator.onLine) this.connectRelay()
    else provider.connectBc()
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getSnapshot = (): AnnotationSnapshot => this.current

  /** Resolves when everything received so far is stored on the device. */
  flush(): Promise<void> {
    return this.persistence.flush()
  }

  /** Tries the relay again now (after a refusal). */
  retry(): void {
    this.publish({ refused: false, refusedCode: null })
    if (navigator.onLine) this.connectRelay()
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    const count = (AnnotationSession.open.get(this.key) ?? 1) - 1
    if (count > 0) AnnotationSession.open.set(this.key, count)
    else AnnotationSession.open.delete(this.key)
    window.removeEventListener('online', this.handleOnline)
    window.removeEventListener('offline', this.handleOffline)
    getComments(this.doc).unobserveDeep(this.handleCommentsChange)
    this.tracker?.destroy()
    this.relayToken?.destroy()
    if (this.provider) {
      this.provider.destroy()
      this.provider.awareness.destroy()
    }
    this.persistence.destroy()
    this.listeners.clear()
  }

  /** Connects to the relay, with a token when the server wants one. */
  private connectRelay(): void {
    if (this.relayToken) this.relayToken.connect()
    else this.provider?.connect()
  }

  private isPending(): boolean {
    const state = this.tracker?.state
    return state !== undefined && (state.unacknowledged || state.inheritedUnsynced)
  }

  private readonly isLocalChange = (origin: unknown): boolean =>
    origin !== this.persistence && (this.provider === null || origin !== this.provider)

  /** Everything in the document now is on the relay's disk: remember that across reloads. */
  private settle(): void {
    this.acknowledged = currentState(this.doc)
    saveAcknowledged(this.db, this.key, this.acknowledged).catch(() => {
      // Only the "ej synkad" marks depend on it; they clear at the next acknowledgement.
    })
    this.publish({ unsynced: this.unsynced() })
  }

  private unsynced(): Set<string> {
    return unsyncedCommentIds(this.doc, this.acknowledged)
  }

  private readonly handleCommentsChange = (): void => {
    if (this.current.phase !== 'ready') return
    this.publish({ comments: readComments(this.doc), unsynced: this.unsynced() })
  }

  private readonly handleOnline = (): void => {
    this.publish({ online: true })
    this.connectRelay()
  }

  private readonly handleOffline = (): void => {
    this.publish({ online: false, synced: false })
    if (this.relayToken) this.relayToken.disconnect()
    else this.provider?.disconnect()
    this.provider?.connectBc()
  }

  private publish(patch: Partial<AnnotationSnapshot>): void {
    if (this.destroyed) return
    this.current = { ...this.current, ...patch }
    for (const listener of this.listeners) listener()
  }
}
