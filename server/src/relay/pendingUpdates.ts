import * as Y from 'yjs'
import type { UpdateNeeds } from '../workers/updateCheckProtocol.js'

/**
 * Whether Yjs would keep (part of) an update waiting instead of integrating it into `doc`: it
 * starts beyond what the document holds of a client, or refers to clocks neither the document nor
 * the update has. Judged from what the checking worker found the update needs, without decoding
 * it here.
 */
export function willWait(doc: Y.Doc, needs: UpdateNeeds): boolean {
  for (const { client, must, to, refs } of needs.clients) {
    const state = Y.getState(doc.store, client)
    if (state < must || refs > Math.max(state, to)) return true
  }
  return false
}

/** Bytes of updates the document keeps waiting for changes it has not received. */
export function pendingBytes(doc: Y.Doc): number {
  const { pendingStructs, pendingDs } = doc.store
  return (pendingStructs?.update.byteLength ?? 0) + (pendingDs?.byteLength ?? 0)
}
