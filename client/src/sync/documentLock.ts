import type { DocumentMeta, LockState, RelayAccess } from '@samskriv/shared'
import type { RelayConnectionState } from './relayNotice'

/**
 * Why the content cannot be edited here: approved, frozen for justering, this person may only
 * read (or comment), or this copy is of an older revision than the server's.
 */
export type ReadOnlyReason = 'approved' | 'frozen' | 'readAccess' | 'staleRevision'

/** Whether and why the document is open for editing on this device. */
export interface DocumentLock {
  /** The document's lock: the relay's word when it has spoken, else the device's copy's. */
  lock: LockState
  /** The revision being written. */
  revision: number
  /** What this person may do on the relay, or null until it said (offline, not connected yet). */
  access: RelayAccess | null
  /** The first reason the content is read-only, or null when it may be edited. */
  readOnlyReason: ReadOnlyReason | null
}

/**
 * Combines the document's metadata and the relay's notice into one {@link DocumentLock}. Of the
 * two, the one of the newer revision tells the lock; at the same revision a lock wins over a draft
 * (the last notice may be older than the copy, or the copy older than the notice: the stricter
 * is the safe guess until both agree).
 */
export function describeDocumentLock(meta: DocumentMeta | null, relay: RelayConnectionState | null): DocumentLock {
  const { lock, revision } = newestLock(meta, relay)
  const access = relay?.access ?? null
  const readOnlyReason: ReadOnlyReason | null =
    lock.state === 'approved'
      ? 'approved'
      : lock.state === 'frozen'
        ? 'frozen'
        : access !== null && access !== 'edit'
          ? 'readAccess'
          : relay?.stale === true
            ? 'staleRevision'
            : null
  return { lock, revision, access, readOnlyReason }
}

function newestLock(
  meta: DocumentMeta | null,
  relay: RelayConnectionState | null,
): { lock: LockState; revision: number } {
  if (relay === null) return { lock: meta?.lock ?? { state: 'draft' }, revision: meta?.revision ?? 1 }
  if (meta === null || relay.revision > meta.revision) return relay
  if (meta.revision > relay.revision) return meta
  return relay.lock.state === 'draft' ? meta : relay
}
