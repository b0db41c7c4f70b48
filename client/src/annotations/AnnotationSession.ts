import type * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import { getComments, MessageType, readComments, type Comment, type DocumentId } from '@samskriv/shared'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { RoomSession, type RoomSessionOptions, type RoomSnapshot } from '../sync/RoomSession'
import { unsyncedCommentIds } from './unsyncedComments'

/** What the comments panel renders from. Replaced (never mutated) on every change. */
export interface AnnotationSnapshot extends RoomSnapshot {
  /** Every valid comment, oldest first. */
  readonly comments: readonly Comment[]
  /**
   * Comments the relay is not known to hold ("Ej synkad"): written here (or in another tab) and
   * not acknowledged yet. Comments that arrived from the relay are never among them.
   */
  readonly unsynced: ReadonlySet<string>
  /** The relay refused a change of this person (no right to comment). */
  readonly writeRefused: boolean
}

/** Options of {@link AnnotationSession}. */
export type AnnotationSessionOptions = Pick<RoomSessionOptions, 'serverUrl' | 'relayTokens' | 'WebSocketPolyfill'> & {
  /** A session the background sync opened itself (see {@link RoomSessionOptions.background}). */
  background?: boolean
}

/**
 * The comments of one document: a {@link RoomSession} of its own (room `<id>/annotations`, stored
 * on the device under that name), synced through the relay with the same status machine as the
 * content. Approval locks the content, never this. Knows which comments the relay holds, across
 * reloads.
 */
export class AnnotationSession {
  private readonly room: RoomSession
  private current: AnnotationSnapshot
  private readonly listeners = new Set<() => void>()
  private readonly stopWatchingHoldings: () => void
  private destroyed = false

  constructor(db: LocalDatabase, documentId: DocumentId, options: AnnotationSessionOptions) {
    this.room = new RoomSession(
      db,
      { documentId, kind: 'annotations' },
      { ...options, rememberRelayHoldings: true },
      {
        onProvider: (provider) => {
          // The relay answers a change it will not apply with permission-denied.
          provider.messageHandlers[MessageType.auth] = (_encoder, decoder) => {
            decoding.readVarUint(decoder)
            this.publish({ writeRefused: true })
          }
        },
      },
    )
    this.current = { ...this.room.getSnapshot(), comments: [], unsynced: new Set(), writeRefused: false }
    this.room.subscribe(this.handleRoomChange)
    this.stopWatchingHoldings = this.room.onRelayHoldingsChange(this.handleCommentsChange)
    getComments(this.doc).observeDeep(this.handleCommentsChange)
  }

  get doc(): Y.Doc {
    return this.room.doc
  }

  /** Loads the device's copy and what the relay holds of it, then connects. Never rejects. */
  start(): Promise<void> {
    return this.room.start()
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getSnapshot = (): AnnotationSnapshot => this.current

  /** Resolves when everything received so far is stored on the device. */
  flush(): Promise<void> {
    return this.room.flush()
  }

  /** Tries the relay again now (after a refusal). */
  retry(): void {
    this.publish({ writeRefused: false })
    this.room.retry()
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    getComments(this.doc).unobserveDeep(this.handleCommentsChange)
    this.stopWatchingHoldings()
    this.room.destroy()
    this.listeners.clear()
  }

  private readonly handleRoomChange = (): void => {
    const room = this.room.getSnapshot()
    const loaded = room.phase === 'ready' && this.current.phase === 'loading'
    this.publish(loaded ? { ...room, ...this.readComments() } : room)
  }

  private readonly handleCommentsChange = (): void => {
    if (this.current.phase === 'ready') this.publish(this.readComments())
  }

  private readComments(): Pick<AnnotationSnapshot, 'comments' | 'unsynced'> {
    return { comments: readComments(this.doc), unsynced: unsyncedCommentIds(this.doc, this.room.relayHolds()) }
  }

  private publish(patch: Partial<AnnotationSnapshot>): void {
    if (this.destroyed) return
    this.current = { ...this.current, ...patch }
    for (const listener of this.listeners) listener()
  }
}
