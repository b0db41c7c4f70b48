import type { GroupRole } from '@samskriv/shared'
import type { AccountStore, AuditEntry, AuditLog, GroupRecord, MembershipRecord, UserRecord } from './AccountStore.js'

/** Accounts, sessions, groups and settings in memory (tests). */
export class MemoryAccountStore implements AccountStore {
  private readonly users = new Map<string, UserRecord>()
  private readonly invitations = new Map<string, { userId: string; expiresAt: string; used: boolean }>()
  private readonly sessions = new Map<string, { userId: string; expiresAt: string }>()
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

  createInvitation(tokenHash: string, userId: string, expiresAt: string): Promise<void> {
    this.invitations.set(tokenHash, { userId, expiresAt, used: false })
    return Promise.resolve()
  }

  useInvitation(tokenHash: string, now: string): Promise<string | null> {
    const invitation = this.invitations.get(tokenHash)
    if (!invitation || invitation.used || invitation.expiresAt <= now) return Promise.resolve(null)
    invitation.used = true
    return Promise.resolve(invitation.userId)
  }

  createSession(tokenHash: string, userId: string, _createdAt: string, expiresAt: string): Promise<void> {
    this.sessions.set(tokenHash, { userId, expiresAt })
    return Promise.resolve()
  }

  sessionUser(tokenHash: string, now: string): Promise<UserRecord | null> {
    const session = this.sessions.get(tokenHash)
    return Promise.resolve(session && session.expiresAt > now ? (this.users.get(session.userId) ?? null) : null)
  }

  deleteSession(tokenHash: string): Promise<void> {
    this.sessions.delete(tokenHash)
    return Promise.resolve()
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
