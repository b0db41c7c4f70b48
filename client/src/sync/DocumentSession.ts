import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import {
  bodyNodeNames,
  CLIENT_PARAMS,
  CloseCode,
  getMetaMap,
  migrateDocument,
  readDocumentMeta,
  SCHEMA_VERSION,
  type DocumentId,
  type DocumentMeta,
} from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { describeDocumentLock, type DocumentLock } from './documentLock'
import { handleRelayNotices, type RelayConnectionState } from './relayNotice'
import { RoomSession, type RoomSessionOptions, type RoomSnapshot } from './RoomSession'
import { SchemaGuard, type SchemaConflictReason } from './SchemaGuard'

/** What the editor page renders from. Replaced (never mutated) on every change. */
export interface DocumentSessionSnapshot extends RoomSnapshot {
  /** The document's metadata, or null while it has none (not loaded yet, or no such document). */
  meta: DocumentMeta | null
  /**
   * Why this version of the app must not bind an editor to the document (it was written by a newer
   * version), or null while it may.
   */
  schemaConflict: SchemaConflictReason | null
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

/** Options of {@link DocumentSession}. */
export interface DocumentSessionOptions extends RoomSessionOptions {
  /** Called whenever the metadata changes (locally or remotely). */
  onMetaChange?: (meta: DocumentMeta) => void
  /**
   * Bring a draft written by an older version up to this schema version as soon as it is read
   * (sessions that bind an editor; headless sessions leave documents as they are).
   */
  migrate?: boolean
}

/**
 * One open document's content: its {@link RoomSession} (stored on the device, synced through the
 * relay, the sync status machine), and what the content adds: the schema guard (no editor binds to
 * content this version cannot read), migrations, the metadata, the relay's notices (lock, access,
 * revision) and the lock they describe. Subscribe with `subscribe`/`getSnapshot`.
 */
export class DocumentSession {
  readonly doc: Y.Doc
  private readonly room: RoomSession
  /** Created before anything else observes the document (see {@link SchemaGuard}). */
  private readonly guard: SchemaGuard
  private current: DocumentSessionSnapshot
  private readonly listeners = new Set<() => void>()
  private destroyed = false

  constructor(
    db: LocalDatabase,
    readonly documentId: DocumentId,
    private readonly options: DocumentSessionOptions,
  ) {
    this.room = new RoomSession(db, { documentId, kind: 'content' }, options, {
      onLoaded: () => {
        // For the bench (and the browser's performance panel): the device's copy is read.
        performance.mark('samskriv:local-copy-loaded')
        this.checkSchema()
      },
      params: () => this.clientParams(),
      onProvider: (provider) => this.handleNotices(provider),
      onRefused: (code) => {
        if (code === CloseCode.clientTooOld) this.guard.report('refused')
      },
    })
    this.doc = this.room.doc
    this.guard = new SchemaGuard(this.doc, bodyNodeNames())
    this.current = {
      ...this.room.getSnapshot(),
      meta: null,
      schemaConflict: null,
      relay: null,
      lock: describeDocumentLock(null, null),
    }
    this.guard.onConflict((reason) => this.publish({ schemaConflict: reason }))
    this.room.subscribe(() => this.publish(this.room.getSnapshot()))
    getMetaMap(this.doc).observe(this.handleMetaChange)
  }

  /** Loads the local copy, then connects (see {@link RoomSession.start}). Never rejects. */
  start(): Promise<void> {
    return this.room.start()
  }

  /** Tries the relay and the local storage again now (after a refusal or a storage failure). */
  retry(): void {
    this.room.retry()
  }

  /** Resolves when everything received so far is stored on the device. */
  flush(): Promise<void> {
    return this.room.flush()
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
    getMetaMap(this.doc).unobserve(this.handleMetaChange)
    this.room.destroy()
    this.guard.destroy()
    this.listeners.clear()
  }

  /** Keeps what the relay says (message 101); once it counts this copy as current, reconnects declare that revision. */
  private handleNotices(provider: WebsocketProvider): void {
    handleRelayNotices(provider, (next) => {
      const relay = next(this.current.relay)
      if (!relay.stale) provider.params = { ...provider.params, [CLIENT_PARAMS.revision]: String(relay.revision) }
      this.publish({ relay })
    })
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
}

function sameLock(a: DocumentLock, b: DocumentLock): boolean {
  return (
    a.readOnlyReason === b.readOnlyReason &&
    a.access === b.access &&
    a.revision === b.revision &&
    JSON.stringify(a.lock) === JSON.stringify(b.lock)
  )
}
