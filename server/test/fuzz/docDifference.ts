import * as Y from 'yjs'

/** The items `a` holds (`client:clock+length`) that `b` lacks, and the items `a` deleted that `b` did not. */
export function beyond(a: Y.Doc, b: Y.Doc): string {
  const structs = Y.decodeUpdate(Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))).structs.map(
    (s) => `${s.id.client}:${s.id.clock}+${s.length}`,
  )
  const deletedInB = Y.createDeleteSetFromStructStore(b.store)
  const deletions: string[] = []
  for (const [client, ranges] of Y.createDeleteSetFromStructStore(a.store).clients) {
    for (const range of ranges) {
      for (let clock = range.clock; clock < range.clock + range.len; clock++) {
        if (clock >= Y.getState(b.store, client)) deletions.push(`${client}:${clock} (absent)`)
        else if (!Y.isDeleted(deletedInB, Y.createID(client, clock))) deletions.push(`${client}:${clock}`)
      }
    }
  }
  return `${structs.length} structs [${structs.join(', ')}], ${deletions.length} deletions [${deletions.join(', ')}]`
}

/** How `doc` differs from `reference`, both ways, and what it holds back (pending). */
export function docDifference(name: string, reference: Y.Doc, doc: Y.Doc): string {
  const { pendingStructs, pendingDs } = doc.store
  const pending = `${pendingStructs ? `structs missing ${JSON.stringify([...pendingStructs.missing])}` : 'no structs'}${pendingDs ? ', deletions' : ''}`
  return `${name} (pending: ${pending}) lacks ${beyond(reference, doc)}; has beyond ${beyond(doc, reference)}`
}
