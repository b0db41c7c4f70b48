import type { LockState, RoomKind } from '@samskriv/shared'
import type { Logger } from '../Logger.js'
import type { UpdateStore } from '../storage/Storage.js'
import type { RelayBus } from './bus/RelayBus.js'
import type { DocumentRoom } from './DocumentRoom.js'
import type { UpdateChecker } from './UpdateChecker.js'
import type { UpdateRules } from './UpdateRules.js'

/** Someone whose edit a commit stored: an account's id and name. */
export interface Writer {
  readonly id: string
  readonly name: string
}

export interface DocumentRoomOptions {
  /** The room name, also its key in storage. */
  readonly name: string
  /** Content (locked by approval) or annotations (open to commenters). */
  readonly kind: RoomKind
  /** The document's lock and revision as stored, read when the room loads. */
  readonly loadLock: () => Promise<{ lock: LockState; revision: number }>
  readonly store: UpdateStore
  /** Reaches the same room on other relay processes. */
  readonly bus: RelayBus
  readonly log: Logger
  /** Resolves when the previous instance of this room has finished closing. */
  readonly previousClose: Promise<void>
  /** Checks client updates within a time and memory budget before they reach the document. */
  readonly checker: UpdateChecker
  readonly maxConnections: number
  /** Client ids one connection may speak for in the room's presence. */
  readonly maxAwarenessClientsPerConnection: number
  readonly maxQueuedMessagesPerConnection: number
  readonly maxQueuedBytesPerConnection: number
  /** Compact the update log past this many entries or bytes added since the last snapshot. */
  readonly compactAfterEntries: number
  readonly compactAfterBytes: number
  /**
   * Called after each commit (projections such as the document list, the draft's history), with
   * the people whose edits it stored (none for the server's own writes and in open mode).
   */
  readonly onCommitted: (room: DocumentRoom, writers: readonly Writer[]) => void
  /** Called when the room has no connections and no work left, or has failed. */
  readonly onIdle: (room: DocumentRoom) => void
  /** What updates must follow beyond the structural check (the comments' rules). */
  readonly rules: UpdateRules
  /** Bytes of updates waiting for changes the relay never received that the room may hold. */
  readonly maxPendingBytes: number
  /** Bytes the room's document may take in storage; null: no limit (content). */
  readonly maxStoredBytes: number | null
  /** Called once when the room closes, with its final committed document, before it is freed. */
  readonly onUnload: (room: DocumentRoom) => void
}
