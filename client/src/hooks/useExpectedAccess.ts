import type { RelayAccess } from '@samskriv/shared'
import { roleAllows } from '@samskriv/shared'
import { useAuth } from './useAuth'

/**
 * What the signed-in person's role in a group allows with its documents, as known on the device
 * (the stored sign-in); null when it is not known (open mode, no group, or not a member: then the
 * relay decides alone). Administrators may edit anything.
 */
export function useExpectedAccess(groupId: string | null | undefined): RelayAccess | null {
  const { mode, snapshot } = useAuth()
  if (mode.kind !== 'signedIn' || groupId === null || groupId === undefined) return null
  if (mode.user.isAdmin) return 'edit'
  const role = snapshot.me?.memberships.find((membership) => membership.groupId === groupId)?.role ?? null
  if (role === null) return null
  return roleAllows(role, 'edit') ? 'edit' : roleAllows(role, 'comment') ? 'comment' : 'read'
}
