import * as Y from 'yjs'

/** What applying stored updates did to a document. */
export interface AppliedStored {
  /** What the stored updates changed: relay it to clients (it is durable already). */
  readonly changed: Uint8Array[]
  /**
   * What Yjs wrote on its own meanwhile: after a remote change to formatted text it removes
   * formatting marks made redundant, in a local transaction of its own. No one else writes that
   * deletion, and another relay process, which applied the same entries in other batches, may
   * never write it: it has to be stored and relayed like an edit, or documents diverge.
   */
  readonly own: Uint8Array[]
  /** Why an update could not be applied (those before it stay applied and are reported). */
  error?: Error
}

/**
 * Applies updates taken from storage (loading, or entries another relay process committed) with
 * `origin`; stops at the first that cannot be applied.
 */
export function applyStored(doc: Y.Doc, updates: readonly Uint8Array[], origin: unknown): AppliedStored {
  const result: AppliedStored = { changed: [], own: [] }
  const collect = (update: Uint8Array, from: unknown) => (from === origin ? result.changed : result.own).push(update)
  doc.on('update', collect)
  try {
    for (const update of updates) Y.applyUpdate(doc, update, origin)
  } catch (error) {
    result.error = error instanceof Error ? error : new Error(String(error))
  } finally {
    doc.off('update', collect)
  }
  return result
}
