/**
 * Limits the relay enforces per connection, per person and per document. Breaking one closes that
 * connection with the matching {@link CloseCode} (named beside each limit) and logs one line;
 * everyone else, and the same person's other connections, keep being served. The HTTP API's limits
 * are in `httpLimits.ts`.
 */
export const LIMITS = {
  /** Largest frame accepted, in bytes (8 MiB): a whole large document fits; 20 MB does not. 1009. */
  maxFrameBytes: 8 * 1024 * 1024,
  /** Sustained messages per second per connection (token bucket refill rate). 4429. */
  messagesPerSecond: 500,
  /** Burst of messages a connection may send at once (token bucket size). 4429. */
  messageBurst: 3000,
  /**
   * Requests for the document's state (sync step 1) one connection may make per minute, after
   * `syncRequestBurst` at once: a client asks once when it connects, and each answer costs the
   * relay the whole document. 4429.
   */
  syncRequestsPerMinute: 6,
  /** Requests for the document's state one connection may make at once. 4429. */
  syncRequestBurst: 2,
  /** Messages one connection may have waiting to be processed (e.g. while its document loads). 4429. */
  maxQueuedMessagesPerConnection: 5000,
  /** Bytes one connection may have waiting to be processed. 4429. */
  maxQueuedBytesPerConnection: 32 * 1024 * 1024,
  /** Messages a connection may send before it is authenticated (they wait, then are replayed). 4408. */
  maxMessagesBeforeAuth: 200,
  /** Bytes a connection may send before it is authenticated. 4408. */
  maxBytesBeforeAuth: 8 * 1024 * 1024,
  /**
   * Connections being opened at once (from their upgrade until their token is judged), over all
   * documents: a burst beyond it is answered 503 before the websocket opens, cheaply, and the
   * clients retry (as after a restart), so a flood of connections cannot hold up the server.
   */
  maxConnectionsOpening: 32,
  /** Connections one document may have at once. 4503. */
  maxConnectionsPerDocument: 500,
  /**
   * Connections one person may have to one document (its content or its comments) at once: tabs
   * and devices, with room to spare for reconnections; one token cannot take every slot. 4504.
   */
  maxConnectionsPerPersonPerDocument: 20,
  /** Bytes waiting to be sent to one client before it is dropped as a slow consumer (16 MiB). 4508. */
  maxSendBufferBytes: 16 * 1024 * 1024,
  /**
   * Bytes waiting to be sent to all clients together (128 MiB): past it, the client with the most
   * waiting is dropped as a slow consumer, so many clients that never read cannot fill memory. 4508.
   */
  maxTotalSendBufferBytes: 128 * 1024 * 1024,
  /** Largest awareness state of one client, JSON-encoded, in bytes. 4413. */
  maxAwarenessStateBytes: 64 * 1024,
  /**
   * Client ids one connection may speak for in a room's presence (a tab has one; a reconnected
   * one may briefly have two): more would let one connection fill the relay's memory with ghosts. 4413.
   */
  maxAwarenessClientsPerConnection: 8,
  /**
   * Milliseconds a client update may take to be decoded and test-applied in the relay's checking
   * worker before it is refused (4400) and the worker replaced: malformed updates have hung Yjs.
   */
  updateCheckMs: 5000,
  /**
   * Bytes of updates one document may hold that wait for changes the relay never received (their
   * missing dependencies, 512 KiB). A client's own offline edits never wait; only crafted or
   * mis-ordered updates do, and Yjs merges all that waits with each one that comes to wait too,
   * on the main thread: so this stays small. 4423.
   */
  maxPendingBytesPerDocument: 512 * 1024,
  /** Comments (threads and replies, withdrawn ones too) one document may have. 4420. */
  maxCommentsPerDocument: 2000,
  /** Comments one person may have in one document. 4420. */
  maxCommentsPerPersonPerDocument: 500,
  /** Characters of one comment's text. 4421. */
  maxCommentChars: 10_000,
  /** Bytes of one comment, all its fields JSON-encoded (text, quote, anchor…). 4421. */
  maxCommentBytes: 32 * 1024,
  /** Bytes a document's comments may take, stored (4 MiB: some thousand long comments). 4422. */
  maxAnnotationDocumentBytes: 4 * 1024 * 1024,
  /** Milliseconds between keep-alive pings; a connection that missed one pong is dropped. */
  keepAliveIntervalMs: 30_000,
} as const

/** The shape of {@link LIMITS} with plain numbers, for configurations that override some. */
export type Limits = { readonly [K in keyof typeof LIMITS]: number }
