import type { LocalDatabase } from '../storage/LocalDatabase'
import { decodeAcknowledged, encodeAcknowledged, type AcknowledgedState } from './unsyncedComments'

/** The settings row that records what the relay acknowledged of the comments under this key. */
export const acknowledgedSettingKey = (storageKey: string) => `acknowledged:${storageKey}`

/** What the relay had acknowledged of the comments stored under this key (nothing if unknown). */
export async function loadAcknowledged(db: LocalDatabase, storageKey: string): Promise<Map<number, number>> {
  const row = await db.settings.get(acknowledgedSettingKey(storageKey))
  return decodeAcknowledged(row?.value)
}

/** Records what the relay has acknowledged. */
export async function saveAcknowledged(db: LocalDatabase, storageKey: string, state: AcknowledgedState): Promise<void> {
  await db.settings.put({ key: acknowledgedSettingKey(storageKey), value: encodeAcknowledged(state) })
}
