/**
 * Limits the relay enforces per connection and per document. Breaking one closes that connection
 * with the matching {@link CloseCode}; everyone else keeps being served.
 */
export const LIMITS = {
  /** Largest frame accepted, in bytes (8 MiB): a whole large document fits; 20 MB does not. */
  maxFrameBytes: 8 * 1024 * 1024,
  /** Sustained messages per second per connection (token bucket refill rate). */
  messagesPerSecond: 500,
  /** Burst of messages a connection may send at once (token bucket size). */
  messageBurst: 3000,
  /** Messages one connection may have waiting to be processed (e.g. while its document loads). */
  maxQueuedMessagesPerConnection: 5000,
  /** Bytes one connection may have waiting to be processed. */
  maxQueuedBytesPerConnection: 32 * 1024 * 1024,
  /** Messages a connection may send before it is authenticated (they wait, then are replayed). */
  maxMessagesBeforeAuth: 200,
  /** Bytes a connection may send before it is authenticated. */
  maxBytesBeforeAuth: 8 * 1024 * 1024,
  /** Connections one document may have at once. */
  maxConnectionsPerDocument: 500,
  /** Bytes waiting to be sent to one client before it is dropped as a slow consumer (16 MiB). */
  maxSendBufferBytes: 16 * 1024 * 1024,
  /** Largest awareness state of one client, JSON-encoded, in bytes. */
  maxAwarenessStateBytes: 64 * 1024,
  /**
   * Client ids one connection may speak for in a room's presence (a tab has one; a reconnected
   * one may briefly have two): more would let one connection fill the relay's memory with ghosts.
   */
  maxAwarenessClientsPerConnection: 8,
  /**
   * Milliseconds a client update may take to be decoded and test-applied in the relay's checking
   * worker before it is refused (4400) and the worker replaced: malformed updates have hung Yjs.
   */
  updateCheckMs: 5000,
  /** Milliseconds between keep-alive pings; a connection that missed one pong is dropped. */
  keepAliveIntervalMs: 30_000,
} as const

/** The shape of {@link LIMITS} with plain numbers, for configurations that override some. */
export type Limits = { readonly [K in keyof typeof LIMITS]: number }
