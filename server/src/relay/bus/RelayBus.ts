import type { LockState } from '@samskriv/shared'

/** What one process tells the others about a room it serves. */
export type RoomMessage =
  /** Updates it committed, with the sequence numbers storage gave them (first through last). */
  | { readonly type: 'updates'; readonly firstSeq: number; readonly lastSeq: number; readonly updates: Uint8Array[] }
  /** The room's newest sequence number as it knows it (after it may have missed publishing). */
  | { readonly type: 'head'; readonly lastSeq: number }
  /** A presence change of its clients (an awareness update), and whose it is. */
  | { readonly type: 'awareness'; readonly update: Uint8Array; readonly userId: string | null }
  /** It opened the room: every other process answers with its clients' presence. */
  | { readonly type: 'awarenessQuery' }
  /** A transition changed the document's lock and revision. */
  | { readonly type: 'lock'; readonly lock: LockState; readonly revision: number }

/**
 * What one process tells every other relay: whose connections to close, wherever they are, and
 * what to tell people's apps connected there.
 */
export type RelayMessage =
  /** A person's (null: everyone's) access to these documents changed: judge their connections anew. */
  | { readonly type: 'reconsider'; readonly userId: string | null; readonly documentIds: readonly string[] }
  /** A person's rights changed (administrator, disabled): judge all their connections anew. */
  | { readonly type: 'reconsiderPerson'; readonly userId: string }
  /** These sessions of a person (null: all of them) ended: close what was opened with them. */
  | { readonly type: 'endSessions'; readonly userId: string; readonly sessionIds: readonly string[] | null }
  /** Tell these people's apps (null: everyone's) that these topics changed (see `NOTICE_TOPICS`). */
  | { readonly type: 'notice'; readonly userIds: readonly string[] | null; readonly topics: readonly string[] }

const RELAY_MESSAGE_TYPES: ReadonlySet<string> = new Set<RelayMessage['type']>([
  'reconsider',
  'reconsiderPerson',
  'endSessions',
  'notice',
])

/** Whether a bus message is for the whole relay rather than one room. */
export const isRelayMessage = (message: RoomMessage | RelayMessage): message is RelayMessage =>
  RELAY_MESSAGE_TYPES.has(message.type)

/** A process's subscription to one room. */
export interface RoomChannel {
  /** Sends a message to the room's other processes (never back to this one). */
  publish(message: RoomMessage): void
  /** Stops receiving the room's messages. */
  close(): void
}

/**
 * How relay processes serving the same documents reach each other. The bus only moves messages:
 * what was committed is in storage, so a process that may have missed messages (`onResync`) reads
 * what it lacks from there. One process alone uses an in-process bus that reaches no one.
 */
export interface RelayBus {
  /** Receives a room's messages from other processes; resolves once later messages will arrive. */
  joinRoom(room: string, receive: (message: RoomMessage) => void): Promise<RoomChannel>
  publishRelay(message: RelayMessage): void
  onRelayMessage(listener: (message: RelayMessage) => void): void
  /** Called when messages may have been lost (the broker connection came back). */
  onResync(listener: () => void): void
  close(): Promise<void>
}
