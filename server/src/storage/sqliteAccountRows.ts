import { groupRoleSchema } from '@samskriv/shared'
import type { InvitationRecord, MembershipRecord, SessionRecord, UserRecord } from './AccountStore.js'

/** Rows of the account tables and their records. */
export interface UserRow {
  id: string
  email: string
  name: string
  password_hash: string | null
  is_admin: number
  created_at: string
  disabled_at: string | null
}

export const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  email: r.email,
  name: r.name,
  passwordHash: r.password_hash,
  isAdmin: r.is_admin === 1,
  createdAt: r.created_at,
  disabledAt: r.disabled_at,
})

export interface InvitationRow {
  id: string
  token_hash: string
  user_id: string
  kind: string
  created_at: string
  expires_at: string
  used_at: string | null
  revoked_at: string | null
}

export const toInvitation = (r: InvitationRow): InvitationRecord => ({
  id: r.id,
  tokenHash: r.token_hash,
  userId: r.user_id,
  kind: r.kind === 'reset' ? 'reset' : 'invitation',
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
  revokedAt: r.revoked_at,
})

export interface SessionRow {
  id: string
  token_hash: string
  user_id: string
  created_at: string
  expires_at: string
  last_seen_at: string | null
  user_agent: string
}

export const toSession = (r: SessionRow): SessionRecord => ({
  id: r.id,
  tokenHash: r.token_hash,
  userId: r.user_id,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  lastSeenAt: r.last_seen_at,
  userAgent: r.user_agent,
})

export const SESSION_COLUMNS = 's.id, s.token_hash, s.user_id, s.created_at, s.expires_at, s.last_seen_at, s.user_agent'

export interface MembershipRow {
  group_id: string
  group_name: string
  user_id: string
  user_name: string
  email: string
  role: string
}

export const toMembership = (r: MembershipRow): MembershipRecord => ({
  groupId: r.group_id,
  groupName: r.group_name,
  userId: r.user_id,
  userName: r.user_name,
  email: r.email,
  role: groupRoleSchema.parse(r.role),
})

export const MEMBERSHIPS = `SELECT m.group_id, g.name AS group_name, m.user_id, u.name AS user_name, u.email, m.role
  FROM memberships m JOIN groups g ON g.id = m.group_id JOIN users u ON u.id = m.user_id`
