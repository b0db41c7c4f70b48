import * as Y from 'yjs'
import type { BenchClient } from './BenchClient.js'

/** A document's state vector, to wait for another document to reach it. */
export function stateOf(doc: Y.Doc): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVector(doc))
}

/** Whether `doc` has everything in `target` (every client's clock at least as far). */
export function hasState(doc: Y.Doc, target: ReadonlyMap<number, number>): boolean {
  const have = stateOf(doc)
  for (const [client, clock] of target) if ((have.get(client) ?? 0) < clock) return false
  return true
}

/**
 * Resolves once `client`'s document has everything in `target` (checked on every update it
 * applies, so the moment is exact); rejects after `timeoutMs`.
 */
export function whenHasState(
  client: BenchClient,
  target: ReadonlyMap<number, number>,
  timeoutMs = 60_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const doc = client.doc
    const check = () => {
      if (!hasState(doc, target)) return
      doc.off('update', check)
      clearTimeout(timer)
      resolve()
    }
    const timer = setTimeout(() => {
      doc.off('update', check)
      reject(new Error(`document incomplete after ${timeoutMs} ms`))
    }, timeoutMs)
    doc.on('update', check)
    check()
  })
}
