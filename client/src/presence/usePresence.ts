import { useCallback, useRef, useSyncExternalStore } from 'react'
import type { Awareness } from 'y-protocols/awareness'

/** One writer in the document. */
export interface PresentUser {
  clientId: number
  name: string
  color: string
  isSelf: boolean
}

function readUsers(awareness: Awareness): PresentUser[] {
  // One entry per person: the same name and colour in several tabs is one writer.
  const byIdentity = new Map<string, PresentUser>()
  for (const [clientId, state] of awareness.getStates()) {
    const user: unknown = state.user
    if (typeof user !== 'object' || user === null) continue
    const name = 'name' in user && typeof user.name === 'string' ? user.name : ''
    const color = 'color' in user && typeof user.color === 'string' ? user.color : ''
    const isSelf = clientId === awareness.clientID
    const key = `${name}\u0000${color}`
    const known = byIdentity.get(key)
    byIdentity.set(key, {
      clientId: known?.clientId ?? clientId,
      name,
      color,
      isSelf: isSelf || (known?.isSelf ?? false),
    })
  }
  return [...byIdentity.values()].sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, 'sv'),
  )
}

/** Everyone whose awareness state carries a user (name and colour), yourself first, each once. */
export function usePresence(awareness: Awareness | null): PresentUser[] {
  const cache = useRef<{ key: string; users: PresentUser[] }>({ key: '', users: [] })
  const subscribe = useCallback(
    (onChange: () => void): (() => void) => {
      if (awareness === null) return () => {}
      awareness.on('change', onChange)
      return () => awareness.off('change', onChange)
    },
    [awareness],
  )
  const getSnapshot = useCallback((): PresentUser[] => {
    const users = awareness === null ? [] : readUsers(awareness)
    // useSyncExternalStore needs the same array back while nothing changed.
    const key = users.map((user) => `${user.clientId}:${user.name}:${user.color}:${String(user.isSelf)}`).join('|')
    if (key !== cache.current.key) cache.current = { key, users }
    return cache.current.users
  }, [awareness])
  return useSyncExternalStore(subscribe, getSnapshot)
}
