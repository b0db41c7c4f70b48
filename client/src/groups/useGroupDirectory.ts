import { useMemo } from 'react'
import { mayCreateIn, type Group } from '@samskriv/shared'
import { policySubject } from '../auth/policySubject'
import { useGroups } from './groupQueries'
import { useAuth } from '../auth/useAuth'
import { useOnlineStatus } from '../hooks/useOnlineStatus'

/** The groups the signed-in person sees: names to show, and where they may create documents. */
export interface GroupDirectory {
  /** Signed in on a server with accounts (groups matter). */
  active: boolean
  isAdmin: boolean
  /** Group id → name. */
  names: ReadonlyMap<string, string>
  /** Groups the person may create documents in (administrators: all). */
  creatable: Group[]
  /** Every group (administrators; others: their own). */
  all: Group[]
}

/**
 * Groups from the person's memberships (known offline, from the stored sign-in), completed with
 * the server's list of groups when online (administrators own documents in any group).
 */
export function useGroupDirectory(): GroupDirectory {
  const { mode, snapshot } = useAuth()
  const online = useOnlineStatus()
  const active = mode.kind === 'signedIn'
  const isAdmin = mode.kind === 'signedIn' && mode.user.isAdmin
  // Offline (or on an open server) the memberships alone, as the device knows them.
  const fetched = useGroups(active && online)
  const me = snapshot.me
  const memberships = me?.memberships
  const fetchedGroups = active && online ? fetched.data : undefined
  return useMemo(() => {
    const own = memberships ?? []
    const byId = new Map((fetchedGroups ?? []).map((group) => [group.id, group]))
    const ownGroups: Group[] = own.map(
      (m) => byId.get(m.groupId) ?? { id: m.groupId, name: m.groupName, kind: 'other' },
    )
    const all = isAdmin && fetchedGroups ? fetchedGroups : ownGroups
    const names = new Map([...ownGroups, ...(fetchedGroups ?? [])].map((group) => [group.id, group.name] as const))
    const subject = policySubject(me)
    const creatable = all.filter((group) => mayCreateIn(subject, group.id))
    return { active, isAdmin, names, creatable, all }
  }, [active, isAdmin, me, memberships, fetchedGroups])
}
