import { USER_COLORS } from './userColors'
import type { UserProfile } from '../storage/SettingsStore'
import { useAuth } from '../auth/useAuth'
import { useUserProfile } from './useUserProfile'

/** A colour derived from an account id, the same on every device. */
export function colorForAccount(id: string): string {
  let hash = 0
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return USER_COLORS[hash % USER_COLORS.length] ?? USER_COLORS[0]
}

/**
 * Who this person is to other writers: signed in, the account's name (no name prompt); in open
 * mode, the name stored on the device. `undefined` while loading, `null` when open mode has no
 * name yet.
 */
export function usePresenceIdentity(): UserProfile | null | undefined {
  const { mode } = useAuth()
  const profile = useUserProfile()
  if (mode.kind === 'loading') return undefined
  if (mode.kind === 'signedIn') return { name: mode.user.name, color: colorForAccount(mode.user.id) }
  return profile
}
