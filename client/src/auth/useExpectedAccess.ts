import { relayAccessFor, roleFor, type RelayAccess } from '@samskriv/shared'
import { policySubject } from './policySubject'
import { useAuth } from './useAuth'

/**
 * What the signed-in person's role allows with a document of this group, by the shared rules, as
 * known on the device (the stored sign-in); null when it is not known (not signed in, no group,
 * or not a member: then the relay decides alone).
 */
export function useExpectedAccess(groupId: string | null | undefined): RelayAccess | null {
  const { mode, snapshot } = useAuth()
  if (mode.kind !== 'signedIn' || groupId === null || groupId === undefined) return null
  return relayAccessFor(roleFor(policySubject(snapshot.me), groupId), 'content')
}
