import type { GroupRole, MeResponse } from '@samskriv/shared'
import { roleAllows, type DocumentAction } from '@samskriv/shared'

/**
 * The signed-in person's role for a document of `groupId`, as the server's policy judges it: in
 * open mode (no accounts yet) everyone is a coordinator; administrators are coordinators
 * everywhere; otherwise the role in the owning group, or null.
 */
export function documentRole(me: MeResponse, groupId: string | null): GroupRole | null {
  if (!me.authRequired) return 'coordinator'
  if (me.user === null) return null
  if (me.user.isAdmin) return 'coordinator'
  if (groupId === null) return null
  return me.memberships.find((m) => m.groupId === groupId && m.userId === me.user?.id)?.role ?? null
}

/** Whether the signed-in person may do `action` with a document of `groupId`. */
export function mayDo(me: MeResponse, groupId: string | null, action: DocumentAction): boolean {
  return roleAllows(documentRole(me, groupId), action)
}
