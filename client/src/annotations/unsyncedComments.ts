import * as Y from 'yjs'
import { getComments } from '@samskriv/shared'

/** Per Yjs client id, how many of its changes the relay has acknowledged as stored (a state vector). */
export type AcknowledgedState = ReadonlyMap<number, number>

/**
 * The comments whose creation the relay has not acknowledged: those written after the
 * acknowledged state vector. Comments that came from the relay are in it once any sync settled.
 */
export function unsyncedCommentIds(doc: Y.Doc, acknowledged: AcknowledgedState): Set<string> {
  const unsynced = new Set<string>()
  for (const [id, item] of getComments(doc)._map) {
    if (item.deleted) continue
    const { client, clock } = item.id
    if (clock >= (acknowledged.get(client) ?? 0)) unsynced.add(id)
  }
  return unsynced
}

/** A state vector as stored (JSON: client id → clock). */
export function encodeAcknowledged(state: AcknowledgedState): Record<string, number> {
  return Object.fromEntries([...state].map(([client, clock]) => [String(client), clock]))
}

/** Reads a stored state vector; anything malformed reads as nothing acknowledged. */
export function decodeAcknowledged(value: unknown): Map<number, number> {
  const state = new Map<number, number>()
  if (typeof value !== 'object' || value === null) return state
  for (const [client, clock] of Object.entries(value)) {
    if (/^\d+$/.test(client) && typeof clock === 'number' && Number.isInteger(clock) && clock >= 0) {
      state.set(Number(client), clock)
    }
  }
  return state
}

/** The document's state vector now: what the relay holds once everything sent is acknowledged. */
export function currentState(doc: Y.Doc): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVector(doc))
}
