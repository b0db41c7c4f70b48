import type { MeResponse, PolicySubject } from '@samskriv/shared'

/**
 * Who this device's person is to the shared access rules (the server's own): the server's last
 * answer to `GET /api/auth/me`. A device that never reached the server runs as the open server
 * would; the relay and the API still judge every change.
 */
export function policySubject(me: MeResponse | null): PolicySubject {
  if (me === null) return { mode: 'open', user: null, memberships: [] }
  const mode = me.setupRequired ? 'setup' : me.authRequired ? 'accounts' : 'open'
  const user = me.user
  return { mode, user, memberships: user === null ? [] : me.memberships.filter((m) => m.userId === user.id) }
}
