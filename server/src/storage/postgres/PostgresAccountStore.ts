import type pg from 'pg'
import { groupKindSchema, type GroupRole } from '@samskriv/shared'
import type { AccountStore, AuditEntry, AuditLog, GroupRecord, MembershipRecord, UserRecord } from '../AccountStore.js'
import { MEMBERSHIPS, toMembership, toUser, type MembershipRow, type UserRow } from '../sqliteAccountRows.js'

type PgUserRow = Omit<UserRow, 'is_admin'> & { is_admin: boolean }
const user = (r: PgUserRow): UserRecord => toUser({ ...r, is_admin: r.is_admin ? 1 : 0 })

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
      'INSERT INTO users (id, email, name, password_hash, is_admin, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING',
      [u.id, u.email, u.name, u.passwordHash, u.isAdmin, u.createdAt],
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

  async createInvitation(tokenHash: string, userId: string, expiresAt: string): Promise<void> {
    await this.pool.query('INSERT INTO invitations (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
      tokenHash,
      userId,
      expiresAt,
    ])
  }

  async useInvitation(tokenHash: string, now: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ user_id: string }>(
      `UPDATE invitations SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
       RETURNING user_id`,
      [tokenHash, now],
    )
    return rows[0]?.user_id ?? null
  }

  async createSession(tokenHash: string, userId: string, createdAt: string, expiresAt: string): Promise<void> {
    await this.pool.query(
      'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
      [tokenHash, userId, createdAt, expiresAt],
    )
  }

  async sessionUser(tokenHash: string, now: string): Promise<UserRecord | null> {
    const { rows } = await this.pool.query<PgUserRow>(
      'SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2',
      [tokenHash, now],
    )
    return rows[0] ? user(rows[0]) : null
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash])
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

/** The audit log in PostgreSQL. */
export class PostgresAuditLog implements AuditLog {
  constructor(private readonly pool: pg.Pool) {}

  async record(e: AuditEntry): Promise<void> {
    await this.pool.query(
      'INSERT INTO audit_log (at, actor_id, action, subject, details) VALUES ($1, $2, $3, $4, $5)',
      [e.at, e.actorId, e.action, e.subject, JSON.stringify(e.details)],
    )
  }

  async list(limit: number): Promise<AuditEntry[]> {
    const { rows } = await this.pool.query<{
      at: string
      actor_id: string | null
      action: string
      subject: string
      details: string
    }>('SELECT * FROM audit_log ORDER BY id DESC LIMIT $1', [limit])
    return rows.map((r) => ({
      at: r.at,
      actorId: r.actor_id,
      action: r.action,
      subject: r.subject,
      details: JSON.parse(r.details) as Record<string, unknown>,
    }))
  }
}
