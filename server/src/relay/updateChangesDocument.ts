import * as Y from 'yjs'
import { covered, type ClockRange } from './coveredRange.js'

/**
 * Whether applying `update` would change `doc`: it holds an item the document lacks, or deletes
 * something the document has not deleted. Refused updates are answered only when they would have
 * changed something, so a reader's empty sync reply is not met with an error.
 */
export function updateChangesDocument(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update)
  for (const struct of structs) {
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true
  }
  const known = Y.createDeleteSetFromStructStore(doc.store).clients as Map<number, ClockRange[]>
  for (const [client, ranges] of ds.clients as Map<number, ClockRange[]>) {
    const deleted = known.get(client) ?? []
    for (const range of ranges) if (range.len > 0 && !covered(deleted, range.clock, range.len)) return true
  }
  return false
}
