import type { MeResponse } from '@samskriv/shared'

/** Whether the person may use the administration pages: administrators, and coordinators of a group. */
export function canAdminister(me: MeResponse | null): boolean {
  const user = me?.user ?? null
  if (me === null || user === null) return false
  return user.isAdmin || me.memberships.some((membership) => membership.role === 'coordinator')
}
