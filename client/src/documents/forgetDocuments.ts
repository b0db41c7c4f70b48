import type { DocumentId } from '@samskriv/shared'
import { acknowledgedSettingKey } from '../sync/relayHoldingsStore'
import { annotationStorageKey } from '../annotations/annotationStorageKey'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { YDexiePersistence } from '../storage/YDexiePersistence'

/** A document this device no longer may keep. */
export interface LostDocument {
  id: DocumentId
  title: string
}

/**
 * Removes every local copy of documents the person lost access to — the stored Yjs updates (and
 * those of their comments), the sync flags and the list record — and remembers their titles for a
 * notice the user dismisses (`accessLost` in the settings), in one transaction. Writes still in
 * flight land first.
 */
export async function forgetDocuments(db: LocalDatabase, lost: readonly LostDocument[]): Promise<void> {
  if (lost.length === 0) return
  await YDexiePersistence.flushAll().catch(() => {})
  await db.transaction('rw', [db.updates, db.documents, db.syncStates, db.settings], async () => {
    for (const { id } of lost) {
      await db.updates.where('documentId').equals(id).delete()
      await db.syncStates.delete(id)
      await db.documents.delete(id)
      // Its comments, stored beside it.
      const comments = annotationStorageKey(id)
      await db.updates.where('documentId').equals(comments).delete()
      await db.syncStates.delete(comments)
      await db.settings.delete(acknowledgedSettingKey(comments))
    }
    const row = await db.settings.get('accessLost')
    const earlier = Array.isArray(row?.value) ? row.value.filter((v): v is string => typeof v === 'string') : []
    const titles = [...new Set([...earlier, ...lost.map((document) => document.title)])]
    await db.settings.put({ key: 'accessLost', value: titles })
  })
}
