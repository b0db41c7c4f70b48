/**
 * Close codes the relay uses. y-websocket's stock client does not reconnect after 4400–4499
 * ("reconnecting will not help"), so those are for errors the same client would repeat; the
 * 4500–4599 codes are transient and the client retries with backoff. 1001 and 1009 are the
 * standard websocket codes for shutdown and over-large frames.
 */
export const CloseCode = {
  /** The server is shutting down (or restarting); reconnect. */
  goingAway: 1001,
  /** A frame was larger than `LIMITS.maxFrameBytes` (sent by `ws` itself). */
  messageTooBig: 1009,
  /** No token, or a wrong or expired one: fetch a new token and connect again. */
  unauthorized: 4401,
  /** The token is valid but this person may not read this document (or it does not exist). */
  forbidden: 4403,
  /**
   * A frame did not decode (garbage, truncated, trailing bytes), or an update failed the relay's
   * check: malformed, out of range, or over its time or memory budget.
   */
  malformedMessage: 4400,
  /** Too much was sent before the connection was authenticated (capped, as an open door invites floods). */
  tooMuchBeforeAuth: 4408,
  /** An unknown message type, or one clients may not send. */
  unsupportedMessage: 4405,
  /**
   * The client's schema version (the `schema` query parameter) is older than the document's: it
   * could not read newer blocks and might delete them. The client must be updated.
   */
  clientTooOld: 4426,
  /** An awareness update for a client id that another person's connection speaks for. */
  foreignPresence: 4406,
  /**
   * An awareness state larger than `LIMITS.maxAwarenessStateBytes`, or presence for more client ids
   * than `LIMITS.maxAwarenessClientsPerConnection`.
   */
  awarenessTooLarge: 4413,
  /**
   * More messages per second than `LIMITS.messagesPerSecond` allows, too many queued, or more
   * requests for the whole document than `LIMITS.syncRequestsPerMinute`.
   */
  rateLimited: 4429,
  /**
   * A change would give the document more comments than `LIMITS.maxCommentsPerDocument`, or the
   * person more than `LIMITS.maxCommentsPerPersonPerDocument`. Nothing of it was applied.
   */
  tooManyComments: 4420,
  /** A comment longer than `LIMITS.maxCommentChars` or larger than `LIMITS.maxCommentBytes`. */
  commentTooLarge: 4421,
  /** A change would take the document's comments past `LIMITS.maxAnnotationDocumentBytes`. */
  annotationsTooLarge: 4422,
  /**
   * An update that waits for changes the relay never received would take what waits past
   * `LIMITS.maxPendingBytesPerDocument`. Nothing of it was applied.
   */
  pendingTooLarge: 4423,
  /** The document already has `LIMITS.maxConnectionsPerDocument` connections; retry later. */
  documentFull: 4503,
  /**
   * This person already has `LIMITS.maxConnectionsPerPersonPerDocument` connections to this
   * document (other tabs or devices); retry later.
   */
  personConnectionsFull: 4504,
  /** The person's access changed (a role was changed or removed): connect again to be re-judged. */
  accessChanged: 4509,
  /** Storing failed (e.g. disk full); nothing unacknowledged was kept; retry later. */
  storageUnavailable: 4507,
  /** The client did not read fast enough: what waits to be sent to it passed `LIMITS.maxSendBufferBytes`. */
  slowConsumer: 4508,
} as const

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode]
