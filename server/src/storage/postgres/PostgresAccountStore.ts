import type pg from 'pg'
import { groupKindSchema, type GroupRole } from '@samskriv/shared'
import type {
  AccountStore,
  GroupRecord,
  InvitationRecord,
  MembershipRecord,
  SessionRecord,
  UserPatch,
  UserRecord,
} from '../AccountStore.js'
import {
  MEMBERSHIPS,
  SESSION_COLUMNS,
  toInvitation,
  toMembership,
  toSession,
  toUser,
  type InvitationRow,
  type MembershipRow,
  type SessionRow,
  type UserRow,
} from '../sqliteAccountRows.js'
import { inTransaction } from './pgClient.js'

type PgUserRow = Omit<UserRow, 'is_admin'> & { is_admin: boolean }
const user = (r: PgUserRow): UserRecord => toUser({ ...r, is_admin: r.is_admin ? 1 : 0 })

const INVITATION_COLUMNS = 'id, token_hash, user_id, kind, created_at, expires_at, used_at, revoked_at'
/** A link that may still be used ($2: now). */
const USABLE = 'used_at IS NULL AND revoked_at IS NULL AND expires_at > $2'
/** Revokes every unused link of an account ($1: when, $2: the account). */
const REVOKE_LINKS =
  'UPDATE invitations SET revoked_at = $1 WHERE user_id = $2 AND used_at IS NULL AND revoked_at IS NULL'

interface GroupRow {
  id: string
  name: string
  kind: string
  created_at: string
}
const group = (r: GroupRow): GroupRecord => ({
  id: r.id,
  name: r.name,
  kind: groupKindSchema.parse(r.kind),
  createdAt: r.created_at,
})

/** Accounts, sessions, groups and settings in PostgreSQL. */
export class PostgresAccountStore implements AccountStore {
  constructor(private readonly pool: pg.Pool) {}

  async countUsers(): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT count(*) AS n FROM users')).rows[0]?.n ?? 0
  }

  async createUser(u: UserRecord): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO users (id, email, name, password_hash, is_admin, created_at, disabled_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [u.id, u.email, u.name, u.passwordHash, u.isAdmin, u.createdAt, u.disabledAt],
    )
    return result.rowCount === 1
  }

  async userByEmail(email: string): Promise<UserRecord | null> {
    const { rows } = await this.pool.query<PgUserRow>('SELECT * FROM users WHERE email = $1', [email])
    return rows[0] ? user(rows[0]) : null
  }

  async userById(id: string): Promise<UserRecord | null> {
    const { rows } = await this.pool.query<PgUserRow>('SELECT * FROM users WHERE id = $1', [id])
    return rows[0] ? user(rows[0]) : null
  }

  async listUsers(): Promise<UserRecord[]> {
    return (await this.pool.query<PgUserRow>('SELECT * FROM users ORDER BY name, email')).rows.map(user)
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.pool.query('UPDATE users SET password_hash = $1 WHERE id = $2', [passwordHash, userId])
  }

  async updateUser(userId: string, patch: UserPatch): Promise<UserRecord | null> {
    const { rows } = await this.pool.query<PgUserRow>(
      `UPDATE users SET is_admin = coalesce($2, is_admin),
         disabled_at = CASE WHEN $3 THEN $4 ELSE disabled_at END
       WHERE id = $1 RETURNING *`,
      [userId, patch.isAdmin ?? null, patch.disabledAt !== undefined, patch.disabledAt ?? null],
    )
    return rows[0] ? user(rows[0]) : null
  }

  createInvitation(i: InvitationRecord): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      await client.query(REVOKE_LINKS, [i.createdAt, i.userId])
      await client.query(
        `INSERT INTO invitations (id, token_hash, user_id, kind, created_at, expires_at, used_at, revoked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [i.id, i.tokenHash, i.userId, i.kind, i.createdAt, i.expiresAt, i.usedAt, i.revokedAt],
      )
    })
  }

  async pendingInvitation(tokenHash: string, now: string): Promise<InvitationRecord | null> {
    const { rows } = await this.pool.query<InvitationRow>(
      `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE token_hash = $1 AND ${USABLE}`,
      [tokenHash, now],
    )
    return rows[0] ? toInvitation(rows[0]) : null
  }

  async useInvitation(tokenHash: string, now: string): Promise<InvitationRecord | null> {
    // One statement: of two processes using the same link at once, one gets it.
    const { rows } = await this.pool.query<InvitationRow>(
      `UPDATE invitations SET used_at = $2 WHERE token_hash = $1 AND ${USABLE} RETURNING ${INVITATION_COLUMNS}`,
      [tokenHash, now],
    )
    return rows[0] ? toInvitation(rows[0]) : null
  }

  async revokeInvitations(userId: string, now: string): Promise<void> {
    await this.pool.query(REVOKE_LINKS, [now, userId])
  }

  async listInvitations(): Promise<InvitationRecord[]> {
    const { rows } = await this.pool.query<InvitationRow>(
      `SELECT ${INVITATION_COLUMNS} FROM invitations ORDER BY created_at DESC, id DESC`,
    )
    return rows.map(toInvitation)
  }

  async createSession(x: SessionRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO sessions (id, token_hash, user_id, created_at, expires_at, last_seen_at, user_agent)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [x.id, x.tokenHash, x.userId, x.createdAt, x.expiresAt, x.lastSeenAt, x.userAgent],
    )
  }

  async sessionByToken(tokenHash: string, now: string): Promise<{ session: SessionRecord; user: UserRecord } | null> {
    const { rows } = await this.pool.query<SessionRow & { account: PgUserRow }>(
      `SELECT ${SESSION_COLUMNS}, row_to_json(u) AS account FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [tokenHash, now],
    )
    const row = rows[0]
    return row ? { session: toSession(row), user: user(row.account) } : null
  }

  async sessionById(id: string, now: string): Promise<SessionRecord | null> {
    const { rows } = await this.pool.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM sessions s WHERE s.id = $1 AND s.expires_at > $2`,
      [id, now],
    )
    return rows[0] ? toSession(rows[0]) : null
  }

  async touchSession(id: string, at: string): Promise<void> {
    await this.pool.query('UPDATE sessions SET last_seen_at = $2 WHERE id = $1', [id, at])
  }

  async listSessions(userId: string, now: string): Promise<SessionRecord[]> {
    const { rows } = await this.pool.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM sessions s WHERE s.user_id = $1 AND s.expires_at > $2
       ORDER BY s.created_at DESC`,
      [userId, now],
    )
    return rows.map(toSession)
  }

  async deleteSession(id: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE id = $1', [id])
  }

  async deleteSessionsOfUser(userId: string, keepId?: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      'DELETE FROM sessions WHERE user_id = $1 AND id <> $2 RETURNING id',
      [userId, keepId ?? ''],
    )
    return rows.map((r) => r.id).sort()
  }

  async createGroup(g: GroupRecord): Promise<boolean> {
    const result = await this.pool.query(
      'INSERT INTO groups (id, name, kind, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [g.id, g.name, g.kind, g.createdAt],
    )
    return result.rowCount === 1
  }

  async listGroups(): Promise<GroupRecord[]> {
    return (await this.pool.query<GroupRow>('SELECT * FROM groups ORDER BY name')).rows.map(group)
  }

  async getGroup(id: string): Promise<GroupRecord | null> {
    const { rows } = await this.pool.query<GroupRow>('SELECT * FROM groups WHERE id = $1', [id])
    return rows[0] ? group(rows[0]) : null
  }

  async setMembership(groupId: string, userId: string, role: GroupRole): Promise<void> {
    await this.pool.query(
      `INSERT INTO memberships (group_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (group_id, user_id) DO UPDATE SET role = excluded.role`,
      [groupId, userId, role],
    )
  }

  async removeMembership(groupId: string, userId: string): Promise<void> {
    await this.pool.query('DELETE FROM memberships WHERE group_id = $1 AND user_id = $2', [groupId, userId])
  }

  async membershipsOfUser(userId: string): Promise<MembershipRecord[]> {
    const sql = `${MEMBERSHIPS} WHERE m.user_id = $1 ORDER BY g.name`
    return (await this.pool.query<MembershipRow>(sql, [userId])).rows.map(toMembership)
  }

  async membersOfGroup(groupId: string): Promise<MembershipRecord[]> {
    const sql = `${MEMBERSHIPS} WHERE m.group_id = $1 ORDER BY u.name`
    return (await this.pool.query<MembershipRow>(sql, [groupId])).rows.map(toMembership)
  }

  async getSetting(key: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key])
    return rows[0]?.value ?? null
  }

  async initSetting(key: string, value: string): Promise<string> {
    // Processes starting together all end up with the first value stored.
    await this.pool.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
      key,
      value,
    ])
    return (await this.getSetting(key)) ?? value
  }

  async deleteSetting(key: string): Promise<void> {
    await this.pool.query('DELETE FROM settings WHERE key = $1', [key])
  }
}
