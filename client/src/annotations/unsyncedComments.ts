import type * as Y from 'yjs'
import { getComments } from '@samskriv/shared'
import type { AcknowledgedState } from '../sync/relayHoldingsStore'

/**
 * The comments the relay is not known to hold: those after its state vector (what it acknowledged
 * and what it sent). Comments that arrived from the relay are in it at once; only comments written
 * on this device (or received from another tab) wait for the relay's acknowledgement.
 */
export function unsyncedCommentIds(doc: Y.Doc, held: AcknowledgedState): Set<string> {
  const unsynced = new Set<string>()
  for (const [id, item] of getComments(doc)._map) {
    if (item.deleted) continue
    const { client, clock } = item.id
    if (clock >= (held.get(client) ?? 0)) unsynced.add(id)
  }
  return unsynced
}
