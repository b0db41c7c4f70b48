/** One session's view of its own entry in `DocumentSyncState.pendingWriters`. */
export interface OwnWriterState {
  writerId: string
  /** Local changes of the session stored so far. */
  stored: number
  /** Local changes of the session the relay has acknowledged. */
  acknowledged: number
}

/**
 * The pending-writer map after a session's write: its own entry holds its stored local change
 * count while some are unacknowledged and is removed once all are; entries it inherited at load
 * are removed when `settledInherited` says the relay has them — but only if their writer did not
 * store more since (the count is unchanged), so two tabs never clear each other's changes.
 */
export function nextPendingWriters(
  current: Readonly<Record<string, number>>,
  own: OwnWriterState,
  settledInherited: Readonly<Record<string, number>> | null,
): Record<string, number> {
  const writers = { ...current }
  if (own.stored > own.acknowledged) writers[own.writerId] = own.stored
  else delete writers[own.writerId]
  for (const [writer, count] of Object.entries(settledInherited ?? {})) {
    if (writers[writer] === count) delete writers[writer]
  }
  return writers
}
