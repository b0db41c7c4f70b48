import type { GroupRole } from '@samskriv/shared'

/** An account. `passwordHash` is null until an invited person has chosen a password. */
export interface UserRecord {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly passwordHash: string | null
  readonly isAdmin: boolean
  readonly createdAt: string
}

/** A group that owns documents. */
export interface GroupRecord {
  readonly id: string
  readonly name: string
  readonly kind: 'board' | 'coordinating' | 'collaborationArea' | 'other'
  readonly createdAt: string
}

/** A person's role in a group, with names for presenting it. */
export interface MembershipRecord {
  readonly groupId: string
  readonly groupName: string
  readonly userId: string
  readonly userName: string
  readonly email: string
  readonly role: GroupRole
}

/** Accounts, sessions, invitations, groups, roles and server settings. */
export interface AccountStore {
  countUsers(): Promise<number>
  /** Creates an account; false when the e-mail address is taken. */
  createUser(user: UserRecord): Promise<boolean>
  userByEmail(email: string): Promise<UserRecord | null>
  userById(id: string): Promise<UserRecord | null>
  listUsers(): Promise<UserRecord[]>
  setPassword(userId: string, passwordHash: string): Promise<void>

  createInvitation(tokenHash: string, userId: string, expiresAt: string): Promise<void>
  /** Uses an invitation once: its user id, or null when unknown, used or expired. */
  useInvitation(tokenHash: string, now: string): Promise<string | null>

  createSession(tokenHash: string, userId: string, createdAt: string, expiresAt: string): Promise<void>
  /** The user of a session that has not expired, or null. */
  sessionUser(tokenHash: string, now: string): Promise<UserRecord | null>
  deleteSession(tokenHash: string): Promise<void>

  createGroup(group: GroupRecord): Promise<boolean>
  listGroups(): Promise<GroupRecord[]>
  getGroup(id: string): Promise<GroupRecord | null>
  setMembership(groupId: string, userId: string, role: GroupRole): Promise<void>
  removeMembership(groupId: string, userId: string): Promise<void>
  membershipsOfUser(userId: string): Promise<MembershipRecord[]>
  membersOfGroup(groupId: string): Promise<MembershipRecord[]>

  getSetting(key: string): Promise<string | null>
  /** Sets a setting only if it is not set; resolves with the value that is now stored. */
  initSetting(key: string, value: string): Promise<string>
  deleteSetting(key: string): Promise<void>
}

/** One line of the audit log. */
export interface AuditEntry {
  readonly at: string
  /** Who did it (null: the system, or someone not signed in). */
  readonly actorId: string | null
  /** e.g. signIn, signInFailed, roleChanged, approved, justeringStarted, revisionOpened. */
  readonly action: string
  /** What it concerns: a user, group or document id. */
  readonly subject: string
  readonly details: Record<string, unknown>
}

/** The append-only audit log. */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>
  /** Newest first. */
  list(limit: number): Promise<AuditEntry[]>
}
