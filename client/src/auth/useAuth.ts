import { useSyncExternalStore } from 'react'
import { useAppServices } from '../services/useAppServices'
import type { AuthSnapshot } from './AuthSession'
import { authMode, type AuthMode } from './authMode'

/** The sign-in state and the mode the app runs in. */
export function useAuth(): { snapshot: AuthSnapshot; mode: AuthMode } {
  const { auth } = useAppServices()
  const snapshot = useSyncExternalStore(auth.subscribe, auth.getSnapshot)
  return { snapshot, mode: authMode(snapshot) }
}
