import type { LocalDatabase } from '../../storage/LocalDatabase'
import { YDexiePersistence } from '../../storage/YDexiePersistence'
import { hasUnsyncedWork, readUnsyncedWork } from './readUnsyncedWork'

/** Refused: the device holds work the server lacks (it stays; nothing was removed). */
export class UnsyncedWorkError extends Error {
  override readonly name = 'UnsyncedWorkError'
}

/**
 * Removes everything of the signed-in person from this device — document copies and their
 * comments, the list, sync flags, follow-ups, and who was signed in — keeping only whether the
 * browser keeps this site's storage. Refused (and nothing removed) while anything is unsynced:
 * the check and the removal are one transaction, so work stored meanwhile is never dropped.
 */
export async function removeDeviceCopies(db: LocalDatabase): Promise<void> {
  // Writes still on their way to IndexedDB land first (and then count as unsynced).
  await YDexiePersistence.flushAll().catch(() => {})
  await db.transaction('rw', db.tables, async () => {
    if (hasUnsyncedWork(await readUnsyncedWork(db))) throw new UnsyncedWorkError('The device holds unsynced work')
    const persistence = await db.settings.get('storagePersistence')
    for (const table of db.tables) await table.clear()
    if (persistence !== undefined) await db.settings.put(persistence)
  })
}
