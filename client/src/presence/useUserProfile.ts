import { useAppServices } from '../services/useAppServices'
import type { UserProfile } from '../storage/SettingsStore'
import { useLiveQuery } from '../hooks/useLiveQuery'

/** This device's user profile: `undefined` while loading, `null` when none is stored yet. */
export function useUserProfile(): UserProfile | null | undefined {
  const { settings } = useAppServices()
  const { value } = useLiveQuery(async () => (await settings.get('userProfile')) ?? null, [settings])
  return value
}
