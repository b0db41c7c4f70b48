import * as Y from 'yjs'
import { readDocumentMeta, type LockState } from '@samskriv/shared'

/** What the relay said when it refused this device's update (message 101). */
export interface RefusalNotice {
  lock: LockState
  revision: number
  stale: boolean
  /** The relay's state vector: what it holds of the document. */
  stateVector: Uint8Array
}

/**
 * The edits of this device's copy that the relay refused and lacks, as a Yjs update relative to
 * the relay's state vector (`Y.encodeStateAsUpdate(doc, relayStateVector)`), with the revision they
 * were made in; null when the refusal is not about the document being locked or newer (the relay
 * refuses readers' updates too, which are no proposal) or nothing is missing.
 */
export function refusedChanges(doc: Y.Doc, notice: RefusalNotice): { update: Uint8Array; baseRevision: number } | null {
  if (notice.lock.state === 'draft' && !notice.stale) return null
  const update = Y.encodeStateAsUpdate(doc, notice.stateVector)
  // Without new items the update carries only the delete set every update carries. (Edits that
  // only deleted text cannot be told apart from deletions the relay has, so they are not kept.)
  if (Y.decodeUpdate(update).structs.length === 0) return null
  const baseRevision = Math.min(readDocumentMeta(doc)?.revision ?? notice.revision, notice.revision)
  return { update, baseRevision }
}
