import type * as Y from 'yjs'

/**
 * What a document holds back of the updates applied to it: structs whose dependencies it lacks,
 * and deletions of items it does not have yet. `grew()` tells, after an update was applied,
 * whether part of that update was held back, so the relay stores the update as sent (it emits
 * nothing for it until the missing parts arrive, perhaps through another relay process that
 * relays them without storing them again).
 *
 * Yjs merges new pending structs into the existing pending object (`pendingStructs.update` is
 * replaced, the object kept), so the update bytes are compared, not the objects.
 */
export function heldBack(doc: Y.Doc): { grew(): boolean } {
  const store = doc.store
  const structs = store.pendingStructs?.update ?? null
  const deletions = store.pendingDs
  return {
    grew: () => {
      const structsNow = store.pendingStructs?.update ?? null
      const deletionsNow = store.pendingDs
      return (structsNow !== null && structsNow !== structs) || (deletionsNow !== null && deletionsNow !== deletions)
    },
  }
}
