import type { Group, Membership, User } from '@samskriv/shared'
import type { GroupRecord, MembershipRecord, UserRecord } from '../storage/AccountStore.js'

/** An account as the API shows it (never the password hash). */
export const presentUser = (u: UserRecord): User => ({
  id: u.id,
  email: u.email,
  name: u.name,
  isAdmin: u.isAdmin,
  status: u.disabledAt !== null ? 'disabled' : u.passwordHash === null ? 'invited' : 'active',
})

export const presentGroup = (g: GroupRecord): Group => ({ id: g.id, name: g.name, kind: g.kind })

export const presentMembership = (m: MembershipRecord): Membership => ({ ...m })
