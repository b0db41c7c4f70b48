import type { Database } from 'better-sqlite3'
import { groupKindSchema, type GroupRole } from '@samskriv/shared'
import type {
  AccountStore,
  GroupRecord,
  InvitationRecord,
  MembershipRecord,
  SessionRecord,
  UserPatch,
  UserRecord,
} from './AccountStore.js'
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
} from './sqliteAccountRows.js'
import { settle } from './settle.js'

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
            `INSERT INTO users (id, email, name, password_hash, is_admin, created_at, disabled_at)
             VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          )
          .run(u.id, u.email, u.name, u.passwordHash, u.isAdmin ? 1 : 0, u.createdAt, u.disabledAt).changes === 1,
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

  updateUser(userId: string, patch: UserPatch): Promise<UserRecord | null> {
    return settle(
      this.db.transaction(() => {
        if (patch.isAdmin !== undefined)
          this.db.prepare('UPDATE users SET is_admin = ? WHERE id = ?').run(patch.isAdmin ? 1 : 0, userId)
        if (patch.disabledAt !== undefined)
          this.db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(patch.disabledAt, userId)
        const row = this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?').get(userId)
        return row ? toUser(row) : null
      }),
    )
  }

  createInvitation(i: InvitationRecord): Promise<void> {
    return settle(
      this.db.transaction(() => {
        this.db
          .prepare('UPDATE invitations SET revoked_at = ? WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL')
          .run(i.createdAt, i.userId)
        this.db
          .prepare(
            `INSERT INTO invitations (id, token_hash, user_id, kind, created_at, expires_at, used_at, revoked_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(i.id, i.tokenHash, i.userId, i.kind, i.createdAt, i.expiresAt, i.usedAt, i.revokedAt)
      }),
    )
  }

  pendingInvitation(tokenHash: string, now: string): Promise<InvitationRecord | null> {
    return settle(() => {
      const row = this.db
        .prepare<[string, string], InvitationRow>(
          `SELECT * FROM invitations WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL
           AND expires_at > ?`,
        )
        .get(tokenHash, now)
      return row ? toInvitation(row) : null
    })
  }

  useInvitation(tokenHash: string, now: string): Promise<InvitationRecord | null> {
    return settle(
      this.db.transaction(() => {
        const row = this.db
          .prepare<[string, string], InvitationRow>(
            `SELECT * FROM invitations WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL
             AND expires_at > ?`,
          )
          .get(tokenHash, now)
        if (!row) return null
        this.db.prepare('UPDATE invitations SET used_at = ? WHERE token_hash = ?').run(now, tokenHash)
        return toInvitation({ ...row, used_at: now })
      }),
    )
  }

  revokeInvitations(userId: string, now: string): Promise<void> {
    return settle(() => {
      this.db
        .prepare('UPDATE invitations SET revoked_at = ? WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL')
        .run(now, userId)
    })
  }

  listInvitations(): Promise<InvitationRecord[]> {
    return settle(() =>
      this.db
        .prepare<[], InvitationRow>('SELECT * FROM invitations ORDER BY created_at DESC, id DESC')
        .all()
        .map(toInvitation),
    )
  }

  createSession(x: SessionRecord): Promise<void> {
    return settle(() => {
      this.db
        .prepare(
          `INSERT INTO sessions (id, token_hash, user_id, created_at, expires_at, last_seen_at, user_agent)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(x.id, x.tokenHash, x.userId, x.createdAt, x.expiresAt, x.lastSeenAt, x.userAgent)
    })
  }

  sessionByToken(tokenHash: string, now: string): Promise<{ session: SessionRecord; user: UserRecord } | null> {
    return settle(() => {
      const session = this.db
        .prepare<[string, string], SessionRow>(
          `SELECT ${SESSION_COLUMNS} FROM sessions s WHERE s.token_hash = ? AND s.expires_at > ?`,
        )
        .get(tokenHash, now)
      if (!session) return null
      const user = this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?').get(session.user_id)
      return user ? { session: toSession(session), user: toUser(user) } : null
    })
  }

  sessionById(id: string, now: string): Promise<SessionRecord | null> {
    return settle(() => {
      const row = this.db
        .prepare<[string, string], SessionRow>(
          `SELECT ${SESSION_COLUMNS} FROM sessions s WHERE s.id = ? AND s.expires_at > ?`,
        )
        .get(id, now)
      return row ? toSession(row) : null
    })
  }

  touchSession(id: string, at: string): Promise<void> {
    return settle(() => {
      this.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(at, id)
    })
  }

  listSessions(userId: string, now: string): Promise<SessionRecord[]> {
    return settle(() =>
      this.db
        .prepare<[string, string], SessionRow>(
          `SELECT ${SESSION_COLUMNS} FROM sessions s WHERE s.user_id = ? AND s.expires_at > ?
           ORDER BY s.created_at DESC`,
        )
        .all(userId, now)
        .map(toSession),
    )
  }

  deleteSession(id: string): Promise<void> {
    return settle(() => {
      this.db.prepare('DELETE FROM sessions WHERE id = ?').run(id)
    })
  }

  deleteSessionsOfUser(userId: string, keepId?: string): Promise<string[]> {
    return settle(
      this.db.transaction(() => {
        const ids = this.db
          .prepare<[string, string], { id: string }>('SELECT id FROM sessions WHERE user_id = ? AND id <> ?')
          .all(userId, keepId ?? '')
          .map((r) => r.id)
        this.db.prepare('DELETE FROM sessions WHERE user_id = ? AND id <> ?').run(userId, keepId ?? '')
        return ids
      }),
    )
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
