import type { SettingsStore, StoragePersistence } from './SettingsStore'

/**
 * Asks the browser, once per device, to exempt this origin's storage from eviction, so documents
 * edited offline are not cleared under storage pressure. Later start-ups only read the current
 * state: some browsers show a permission prompt for `persist()`, which must not nag.
 */
export async function requestPersistentStorage(
  settings: SettingsStore,
  storage: StorageManager | undefined = navigator.storage,
): Promise<StoragePersistence> {
  if (storage === undefined || typeof storage.persist !== 'function') {
    await settings.set('storagePersistence', 'unsupported')
    return 'unsupported'
  }
  const askedBefore = (await settings.get('storagePersistence')) !== undefined
  const persisted = (await storage.persisted()) || (!askedBefore && (await storage.persist()))
  const result: StoragePersistence = persisted ? 'persisted' : 'best-effort'
  await settings.set('storagePersistence', result)
  return result
}
