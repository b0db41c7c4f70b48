/**
 * The first varUint of every relay frame. 0–3 are y-websocket's own; 100 and up are ours. Stock
 * y-websocket clients never send ours and are never sent them (a client opts in by sending one).
 */
export const MessageType = {
  /** y-protocols sync: step 1 (state vector), step 2 (missing updates) or an update. */
  sync: 0,
  /** y-protocols awareness update (carets, names, presence). */
  awareness: 1,
  /** y-protocols auth (permission denied); sent by the relay only. */
  auth: 2,
  /** Ask for everyone's awareness state. */
  queryAwareness: 3,
  /**
   * Client → relay: `[100, seq]` "tell me when everything I sent before this is stored".
   * Relay → client: `[100, seq]` "everything you sent before request `seq` is committed to disk".
   */
  durability: 100,
  /** Relay → client: the connection's access and the document's lock (see `RelayNotice`). */
  notice: 101,
} as const

export type MessageTypeCode = (typeof MessageType)[keyof typeof MessageType]

/** The y-protocols sync sub-types that follow `MessageType.sync`. */
export const SyncMessageType = {
  step1: 0,
  step2: 1,
  update: 2,
} as const
