import * as Y from 'yjs'

/**
 * Whether applying `update` would change `doc`: it holds an item the document lacks, or deletes
 * something the document has not deleted. Refused updates are answered only when they would have
 * changed something, so a reader's empty sync reply is not met with an error. Looks only at what
 * the update names (never the document's whole delete set); call it on a checked update.
 */
export function updateChangesDocument(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update)
  for (const struct of structs) {
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true
  }
  for (const [client, ranges] of ds.clients as Map<number, Array<{ clock: number; len: number }>>) {
    const state = Y.getState(doc.store, client)
    const known = doc.store.clients.get(client)
    for (const { clock, len } of ranges) {
      if (len <= 0) continue
      if (clock + len > state || !known) return true
      for (let i = Y.findIndexSS(known, clock); i < known.length && known[i]!.id.clock < clock + len; i++) {
        if (!known[i]!.deleted) return true
      }
    }
  }
  return false
}
