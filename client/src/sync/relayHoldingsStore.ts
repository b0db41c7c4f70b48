import * as Y from 'yjs'
import type { LocalDatabase } from '../storage/LocalDatabase'

/** Per Yjs client id, how many of its changes the relay holds (a state vector). */
export type AcknowledgedState = ReadonlyMap<number, number>

/** The settings row that records what the relay holds of the room stored under this key. */
export const acknowledgedSettingKey = (storageKey: string) => `acknowledged:${storageKey}`

/** A state vector as stored (JSON: client id → clock). */
export function encodeAcknowledged(state: AcknowledgedState): Record<string, number> {
  return Object.fromEntries([...state].map(([client, clock]) => [String(client), clock]))
}

/** Reads a stored state vector; anything malformed reads as nothing held. */
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

/** What the relay held of the room stored under this key (nothing if unknown). */
export async function loadAcknowledged(db: LocalDatabase, storageKey: string): Promise<Map<number, number>> {
  const row = await db.settings.get(acknowledgedSettingKey(storageKey))
  return decodeAcknowledged(row?.value)
}

/** Records what the relay holds. */
export async function saveAcknowledged(db: LocalDatabase, storageKey: string, state: AcknowledgedState): Promise<void> {
  await db.settings.put({ key: acknowledgedSettingKey(storageKey), value: encodeAcknowledged(state) })
}
