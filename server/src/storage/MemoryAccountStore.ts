import type { GroupRole } from '@samskriv/shared'
import type {
  AccountStore,
  AuditEntry,
  AuditLog,
  GroupRecord,
  InvitationRecord,
  MembershipRecord,
  SessionRecord,
  UserPatch,
  UserRecord,
} from './AccountStore.js'

/** Accounts, sessions, groups and settings in memory (tests). */
export class MemoryAccountStore implements AccountStore {
  private readonly users = new Map<string, UserRecord>()
  private readonly invitations: InvitationRecord[] = []
  private readonly sessions = new Map<string, SessionRecord>()
  private readonly groups = new Map<string, GroupRecord>()
  private readonly roles = new Map<string, GroupRole>()
  private readonly settings = new Map<string, string>()

  countUsers = () => Promise.resolve(this.users.size)

  createUser(user: UserRecord): Promise<boolean> {
    if ([...this.users.values()].some((u) => u.email === user.email) || this.users.has(user.id))
      return Promise.resolve(false)
    this.users.set(user.id, user)
    return Promise.resolve(true)
  }

  userByEmail = (email: string) => Promise.resolve([...this.users.values()].find((u) => u.email === email) ?? null)
  userById = (id: string) => Promise.resolve(this.users.get(id) ?? null)
  listUsers = () => Promise.resolve([...this.users.values()].sort((a, b) => a.name.localeCompare(b.name)))

  setPassword(userId: string, passwordHash: string): Promise<void> {
    const user = this.users.get(userId)
    if (user) this.users.set(userId, { ...user, passwordHash })
    return Promise.resolve()
  }

  updateUser(userId: string, patch: UserPatch): Promise<UserRecord | null> {
    const user = this.users.get(userId)
    if (!user) return Promise.resolve(null)
    const updated = { ...user, ...patch }
    this.users.set(userId, updated)
    return Promise.resolve(updated)
  }

  async createInvitation(invitation: InvitationRecord): Promise<void> {
    await this.revokeInvitations(invitation.userId, invitation.createdAt)
    this.invitations.push({ ...invitation })
  }

  pendingInvitation(tokenHash: string, now: string): Promise<InvitationRecord | null> {
    const found = this.invitations.find(
      (i) => i.tokenHash === tokenHash && i.usedAt === null && i.revokedAt === null && i.expiresAt > now,
    )
    return Promise.resolve(found ?? null)
  }

  useInvitation(tokenHash: string, now: string): Promise<InvitationRecord | null> {
    const index = this.invitations.findIndex(
      (i) => i.tokenHash === tokenHash && i.usedAt === null && i.revokedAt === null && i.expiresAt > now,
    )
    if (index < 0) return Promise.resolve(null)
    const used = { ...this.invitations[index]!, usedAt: now }
    this.invitations[index] = used
    return Promise.resolve(used)
  }

  revokeInvitations(userId: string, now: string): Promise<void> {
    for (const [index, i] of this.invitations.entries()) {
      if (i.userId === userId && i.usedAt === null && i.revokedAt === null)
        this.invitations[index] = { ...i, revokedAt: now }
    }
    return Promise.resolve()
  }

  listInvitations = () => Promise.resolve([...this.invitations].reverse())

  createSession(session: SessionRecord): Promise<void> {
    this.sessions.set(session.id, { ...session })
    return Promise.resolve()
  }

  sessionByToken(tokenHash: string, now: string): Promise<{ session: SessionRecord; user: UserRecord } | null> {
    const session = [...this.sessions.values()].find((s) => s.tokenHash === tokenHash && s.expiresAt > now)
    const user = session ? this.users.get(session.userId) : undefined
    return Promise.resolve(session && user ? { session, user } : null)
  }

  sessionById(id: string, now: string): Promise<SessionRecord | null> {
    const session = this.sessions.get(id)
    return Promise.resolve(session && session.expiresAt > now ? session : null)
  }

  touchSession(id: string, at: string): Promise<void> {
    const session = this.sessions.get(id)
    if (session) this.sessions.set(id, { ...session, lastSeenAt: at })
    return Promise.resolve()
  }

  listSessions(userId: string, now: string): Promise<SessionRecord[]> {
    const found = [...this.sessions.values()].filter((s) => s.userId === userId && s.expiresAt > now)
    return Promise.resolve(found.sort((a, b) => b.createdAt.localeCompare(a.createdAt)))
  }

  deleteSession(id: string): Promise<void> {
    this.sessions.delete(id)
    return Promise.resolve()
  }

  deleteSessionsOfUser(userId: string, keepId?: string): Promise<string[]> {
    const ended = [...this.sessions.values()].filter((s) => s.userId === userId && s.id !== keepId).map((s) => s.id)
    for (const id of ended) this.sessions.delete(id)
    return Promise.resolve(ended)
  }

  createGroup(group: GroupRecord): Promise<boolean> {
    if ([...this.groups.values()].some((g) => g.name === group.name)) return Promise.resolve(false)
    this.groups.set(group.id, group)
    return Promise.resolve(true)
  }

  listGroups = () => Promise.resolve([...this.groups.values()].sort((a, b) => a.name.localeCompare(b.name)))
  getGroup = (id: string) => Promise.resolve(this.groups.get(id) ?? null)

  setMembership(groupId: string, userId: string, role: GroupRole): Promise<void> {
    this.roles.set(`${groupId}\n${userId}`, role)
    return Promise.resolve()
  }

  removeMembership(groupId: string, userId: string): Promise<void> {
    this.roles.delete(`${groupId}\n${userId}`)
    return Promise.resolve()
  }

  membershipsOfUser = (userId: string) => Promise.resolve(this.memberships().filter((m) => m.userId === userId))
  membersOfGroup = (groupId: string) => Promise.resolve(this.memberships().filter((m) => m.groupId === groupId))

  getSetting = (key: string) => Promise.resolve(this.settings.get(key) ?? null)

  initSetting(key: string, value: string): Promise<string> {
    if (!this.settings.has(key)) this.settings.set(key, value)
    return Promise.resolve(this.settings.get(key)!)
  }

  deleteSetting(key: string): Promise<void> {
    this.settings.delete(key)
    return Promise.resolve()
  }

  private memberships(): MembershipRecord[] {
    return [...this.roles].flatMap(([key, role]) => {
      const [groupId = '', userId = ''] = key.split('\n')
      const group = this.groups.get(groupId)
      const user = this.users.get(userId)
      return group && user
        ? [{ groupId, groupName: group.name, userId, userName: user.name, email: user.email, role }]
        : []
    })
  }
}

/** The audit log in memory (tests). */
export class MemoryAuditLog implements AuditLog {
  private readonly entries: AuditEntry[] = []

  record(entry: AuditEntry): Promise<void> {
    this.entries.push(entry)
    return Promise.resolve()
  }

  list(limit: number): Promise<AuditEntry[]> {
    return Promise.resolve(this.entries.slice(-limit).reverse())
  }
}
