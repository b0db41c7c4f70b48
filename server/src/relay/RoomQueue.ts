import type { LockState } from '@samskriv/shared'
import type * as Y from 'yjs'
import type { Connection } from './Connection.js'
import type { ClientMessage } from './decodeClientMessage.js'
import type { UpdateActor } from './UpdateRules.js'

/** A server-side change waiting to be applied, stored and relayed. */
export interface EditItem {
  readonly kind: 'edit'
  readonly change: (doc: Y.Doc) => void
  readonly resolve: () => void
  readonly reject: (error: Error) => void
}

/**
 * An update the server applies for someone (a proposal a coordinator carries into the draft): it
 * passes the same check and rules as a client's update, then is stored and relayed to everyone.
 */
export interface ApplyItem {
  readonly kind: 'apply'
  readonly update: Uint8Array
  readonly actor: UpdateActor
  readonly resolve: () => void
  readonly reject: (error: Error) => void
}

/** What a control step decided: the lock and revision from now on, and a metadata change to relay. */
export interface Transition<T = unknown> {
  readonly lock: LockState
  readonly revision: number
  readonly meta?: (doc: Y.Doc) => void
  readonly result: T
}

/** A change of the document's lock (approval, justering, revision), run between messages. */
export interface ControlItem {
  readonly kind: 'control'
  readonly run: (doc: Y.Doc, seq: number) => Promise<Transition>
  readonly resolve: (result: unknown) => void
  readonly reject: (error: Error) => void
}

/** Work for a room, processed strictly in arrival order. */
export type QueueItem =
  | { readonly kind: 'join'; readonly connection: Connection }
  | {
      readonly kind: 'message'
      readonly connection: Connection
      readonly message: ClientMessage
      readonly bytes: number
    }
  | EditItem
  | ApplyItem
  | { readonly kind: 'read'; readonly run: (doc: Y.Doc) => void; readonly reject: (error: Error) => void }
  | ControlItem
  /** Work for the room's link to its other processes (applying what they committed). */
  | { readonly kind: 'task'; readonly run: () => Promise<void> }

/** Work that changes the document: committed together in runs. */
export type ContentItem = QueueItem & { kind: 'message' | 'edit' | 'apply' }

const carriesContent = (item: QueueItem): item is ContentItem =>
  item.kind === 'edit' || item.kind === 'apply' || (item.kind === 'message' && item.message.type === 'update')

/** A FIFO of room work that keeps each connection's count and bytes of waiting messages. */
export class RoomQueue {
  private items: QueueItem[] = []
  private head = 0

  get length(): number {
    return this.items.length - this.head
  }

  push(item: QueueItem): void {
    if (item.kind === 'message') {
      item.connection.queuedMessages++
      item.connection.queuedBytes += item.bytes
    }
    this.items.push(item)
  }

  /** Removes and returns the first item; only call when `length > 0`. */
  shift(): QueueItem {
    const item = this.items[this.head++]!
    this.release(item)
    this.compactStorage()
    return item
  }

  /** Removes and returns the leading run of content-carrying items (updates and edits). */
  takeContentRun(): ContentItem[] {
    const run: ContentItem[] = []
    while (this.head < this.items.length) {
      const item = this.items[this.head]!
      if (!carriesContent(item)) break
      this.head++
      this.release(item)
      run.push(item)
    }
    this.compactStorage()
    return run
  }

  /** Empties the queue and returns what was in it. */
  clear(): QueueItem[] {
    const rest = this.items.slice(this.head)
    rest.forEach((item) => this.release(item))
    this.items = []
    this.head = 0
    return rest
  }

  private release(item: QueueItem): void {
    if (item.kind === 'message') {
      item.connection.queuedMessages--
      item.connection.queuedBytes -= item.bytes
    }
  }

  private compactStorage(): void {
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head)
      this.head = 0
    }
  }
}
