import { useEffect, useState, useSyncExternalStore } from 'react'
import { useAppServices } from '../services/useAppServices'
import { useUserProfile } from '../presence/useUserProfile'
import type { CommentAuthor } from './commentActions'
import { deviceAuthorId } from './deviceAuthorId'

/**
 * Who comments from this device. With accounts: the signed-in person (the relay checks comments
 * are in their name); null while nobody is signed in. Without accounts (the server runs open):
 * the name the user entered and this device's author id; null while no name is entered.
 * `undefined` while loading.
 */
export function useCommentAuthor(): CommentAuthor | null | undefined {
  const { db, auth } = useAppServices()
  const { source, me } = useSyncExternalStore(auth.subscribe, auth.getSnapshot)
  const profile = useUserProfile()
  const [deviceId, setDeviceId] = useState<string | undefined>(undefined)
  useEffect(() => {
    let cancelled = false
    deviceAuthorId(db)
      .then((value) => {
        if (!cancelled) setDeviceId(value)
      })
      .catch(reportError)
    return () => {
      cancelled = true
    }
  }, [db])
  if (source === 'loading') return undefined
  if (me?.authRequired === true) return me.user === null ? null : { id: me.user.id, name: me.user.name }
  if (profile === undefined || deviceId === undefined) return undefined
  if (profile === null) return null
  return { id: deviceId, name: profile.name }
}
