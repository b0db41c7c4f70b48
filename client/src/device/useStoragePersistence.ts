import { useAppServices } from '../services/useAppServices'
import { useLiveQuery } from '../hooks/useLiveQuery'
import type { StoragePersistence } from '../storage/SettingsStore'

/** Whether the browser keeps this origin's storage (as last asked); undefined while loading, null before. */
export function useStoragePersistence(): StoragePersistence | null | undefined {
  const { settings } = useAppServices()
  return useLiveQuery(async () => (await settings.get('storagePersistence')) ?? null, [settings]).value
}
