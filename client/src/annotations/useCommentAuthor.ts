import { useEffect, useState } from 'react'
import { useAppServices } from '../app/useAppServices'
import { useUserProfile } from '../hooks/useUserProfile'
import type { CommentAuthor } from './commentActions'
import { deviceAuthorId } from './deviceAuthorId'

/**
 * Who comments from this device: the name the user entered and this device's author id.
 * `undefined` while loading, null while no name is entered.
 */
export function useCommentAuthor(): CommentAuthor | null | undefined {
  const { db } = useAppServices()
  const profile = useUserProfile()
  const [id, setId] = useState<string | undefined>(undefined)
  useEffect(() => {
    let cancelled = false
    deviceAuthorId(db)
      .then((value) => {
        if (!cancelled) setId(value)
      })
      .catch(reportError)
    return () => {
      cancelled = true
    }
  }, [db])
  if (profile === undefined || id === undefined) return undefined
  if (profile === null) return null
  return { id, name: profile.name }
}
