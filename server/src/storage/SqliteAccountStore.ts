import type { Database } from 'better-sqlite3'
import { groupKindSchema, groupRoleSchema, type GroupRole } from '@samskriv/shared'
import type { AccountStore, AuditEntry, AuditLog, GroupRecord, MembershipRecord, UserRecord } from './AccountStore.js'
import { settle } from './settle.js'

export interface UserRow {
  id: string
  email: string
  name: string
  password_hash: string | null
  is_admin: number
  created_at: string
}

export const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  email: r.email,
  name: r.name,
  passwordHash: r.password_hash,
  isAdmin: r.is_admin === 1,
  createdAt: r.created_at,
})

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

/** Accounts, sessions, groups and settings in SQLite. */
export class SqliteAccountStore implements AccountStore {
  constructor(private readonly db: Database) {}

  countUsers(): Promise<number> {
    return settle(() => this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users').get()?.n ?? 0)
  }

  createUser(u: UserRecord): Promise<boolean> {
    return settle(
      () =>
        this.db
          .prepare(
            'INSERT INTO users (id, email, name, password_hash, is_admin, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
          )
          .run(u.id, u.email, u.name, u.passwordHash, u.isAdmin ? 1 : 0, u.createdAt).changes === 1,
    )
  }

  userByEmail(email: string): Promise<UserRecord | null> {
    return settle(() => {
      const row = this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?').get(email)
      return row ? toUser(row) : null
    })
  }

  userById(id: string): Promise<UserRecord | null> {
    return settle(() => {
      const row = this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?').get(id)
      return row ? toUser(row) : null
    })
  }

  listUsers(): Promise<UserRecord[]> {
    return settle(() => this.db.prepare<[], UserRow>('SELECT * FROM users ORDER BY name, email').all().map(toUser))
  }

  setPassword(userId: string, passwordHash: string): Promise<void> {
    return settle(() => {
      this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, userId)
    })
  }

  createInvitation(tokenHash: string, userId: string, expiresAt: string): Promise<void> {
    return settle(() => {
      this.db
        .prepare('INSERT INTO invitations (token_hash, user_id, expires_at) VALUES (?, ?, ?)')
        .run(tokenHash, userId, expiresAt)
    })
  }

  useInvitation(tokenHash: string, now: string): Promise<string | null> {
    return settle(
      this.db.transaction(() => {
        const row = this.db
          .prepare<[string, string], { user_id: string }>(
            'SELECT user_id FROM invitations WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?',
          )
          .get(tokenHash, now)
        if (!row) return null
        this.db.prepare('UPDATE invitations SET used_at = ? WHERE token_hash = ?').run(now, tokenHash)
        return row.user_id
      }),
    )
  }

  createSession(tokenHash: string, userId: string, createdAt: string, expiresAt: string): Promise<void> {
    return settle(() => {
      this.db
        .prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
        .run(tokenHash, userId, createdAt, expiresAt)
    })
  }

  sessionUser(tokenHash: string, now: string): Promise<UserRecord | null> {
    return settle(() => {
      const row = this.db
        .prepare<[string, string], UserRow>(
          'SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?',
        )
        .get(tokenHash, now)
      return row ? toUser(row) : null
    })
  }

  deleteSession(tokenHash: string): Promise<void> {
    return settle(() => {
      this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash)
    })
  }

  createGroup(g: GroupRecord): Promise<boolean> {
    return settle(
      () =>
        this.db
          .prepare('INSERT INTO groups (id, name, kind, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
          .run(g.id, g.name, g.kind, g.createdAt).changes === 1,
    )
  }

  listGroups(): Promise<GroupRecord[]> {
    return settle(() =>
      this.db
        .prepare<[], { id: string; name: string; kind: string; created_at: string }>(
          'SELECT * FROM groups ORDER BY name',
        )
        .all()
        .map((r) => ({ id: r.id, name: r.name, kind: groupKindSchema.parse(r.kind), createdAt: r.created_at })),
    )
  }

  getGroup(id: string): Promise<GroupRecord | null> {
    return settle(() => {
      const r = this.db
        .prepare<[string], { id: string; name: string; kind: string; created_at: string }>(
          'SELECT * FROM groups WHERE id = ?',
        )
        .get(id)
      return r ? { id: r.id, name: r.name, kind: groupKindSchema.parse(r.kind), createdAt: r.created_at } : null
    })
  }

  setMembership(groupId: string, userId: string, role: GroupRole): Promise<void> {
    return settle(() => {
      this.db
        .prepare(
          'INSERT INTO memberships (group_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT (group_id, user_id) DO UPDATE SET role = excluded.role',
        )
        .run(groupId, userId, role)
    })
  }

  removeMembership(groupId: string, userId: string): Promise<void> {
    return settle(() => {
      this.db.prepare('DELETE FROM memberships WHERE group_id = ? AND user_id = ?').run(groupId, userId)
    })
  }

  membershipsOfUser(userId: string): Promise<MembershipRecord[]> {
    return settle(() =>
      this.db
        .prepare<[string], MembershipRow>(`${MEMBERSHIPS} WHERE m.user_id = ? ORDER BY g.name`)
        .all(userId)
        .map(toMembership),
    )
  }

  membersOfGroup(groupId: string): Promise<MembershipRecord[]> {
    return settle(() =>
      this.db
        .prepare<[string], MembershipRow>(`${MEMBERSHIPS} WHERE m.group_id = ? ORDER BY u.name`)
        .all(groupId)
        .map(toMembership),
    )
  }

  getSetting(key: string): Promise<string | null> {
    return settle(
      () =>
        this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key)?.value ??
        null,
    )
  }

  initSetting(key: string, value: string): Promise<string> {
    return settle(
      this.db.transaction(() => {
        this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING').run(key, value)
        return this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key)!.value
      }),
    )
  }

  deleteSetting(key: string): Promise<void> {
    return settle(() => {
      this.db.prepare('DELETE FROM settings WHERE key = ?').run(key)
    })
  }
}

/** The audit log in SQLite. */
export class SqliteAuditLog implements AuditLog {
  constructor(private readonly db: Database) {}

  record(e: AuditEntry): Promise<void> {
    return settle(() => {
      this.db
        .prepare('INSERT INTO audit_log (at, actor_id, action, subject, details) VALUES (?, ?, ?, ?, ?)')
        .run(e.at, e.actorId, e.action, e.subject, JSON.stringify(e.details))
    })
  }

  list(limit: number): Promise<AuditEntry[]> {
    return settle(() =>
      this.db
        .prepare<[number], { at: string; actor_id: string | null; action: string; subject: string; details: string }>(
          'SELECT * FROM audit_log ORDER BY id DESC LIMIT ?',
        )
        .all(limit)
        .map((r) => ({
          at: r.at,
          actorId: r.actor_id,
          action: r.action,
          subject: r.subject,
          details: JSON.parse(r.details) as Record<string, unknown>,
        })),
    )
  }
}
