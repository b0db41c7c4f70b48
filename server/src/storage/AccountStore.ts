import type { GroupRole } from '@samskriv/shared'

/** An account. `passwordHash` is null until an invited person has chosen a password. */
export interface UserRecord {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly passwordHash: string | null
  readonly isAdmin: boolean
  readonly createdAt: string
  /** When an administrator disabled the account (it cannot sign in); null while it is enabled. */
  readonly disabledAt: string | null
}

/** The fields of an account an administrator changes. */
export type UserPatch = Partial<Pick<UserRecord, 'isAdmin' | 'disabledAt'>>

/** A one-time link to choose a password: an invitation (first password) or a reset. */
export interface InvitationRecord {
  readonly id: string
  /** SHA-256 of the token in the link; the token itself is never stored. */
  readonly tokenHash: string
  readonly userId: string
  readonly kind: 'invitation' | 'reset'
  readonly createdAt: string
  readonly expiresAt: string
  readonly usedAt: string | null
  /** When a newer link for the same account replaced it (or the account was disabled). */
  readonly revokedAt: string | null
}

/** A signed-in browser or device. */
export interface SessionRecord {
  /** A public id (for listing and revoking); the cookie's token is stored only as `tokenHash`. */
  readonly id: string
  readonly tokenHash: string
  readonly userId: string
  readonly createdAt: string
  readonly expiresAt: string
  /** Roughly when it was last used (updated at most every few minutes). */
  readonly lastSeenAt: string | null
  /** The browser that signed in, as it named itself (for people to tell their sessions apart). */
  readonly userAgent: string
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
  /** Changes administrator rights or the disabled mark; resolves with the new record, or null. */
  updateUser(userId: string, patch: UserPatch): Promise<UserRecord | null>

  /** Stores a new link; every earlier unused link of the same account is revoked at `createdAt`. */
  createInvitation(invitation: InvitationRecord): Promise<void>
  /** A link that may still be used (not used, revoked or expired), without using it; or null. */
  pendingInvitation(tokenHash: string, now: string): Promise<InvitationRecord | null>
  /** Uses a link once: the link, or null when unknown, used, revoked or expired. */
  useInvitation(tokenHash: string, now: string): Promise<InvitationRecord | null>
  /** Revokes every unused link of an account. */
  revokeInvitations(userId: string, now: string): Promise<void>
  /** Every link, newest first. */
  listInvitations(): Promise<InvitationRecord[]>

  createSession(session: SessionRecord): Promise<void>
  /** A session that has not expired, with its account (also a disabled one: the caller decides), or null. */
  sessionByToken(tokenHash: string, now: string): Promise<{ session: SessionRecord; user: UserRecord } | null>
  /** A session by its public id, if it has not expired. */
  sessionById(id: string, now: string): Promise<SessionRecord | null>
  /** Records that a session was used. */
  touchSession(id: string, at: string): Promise<void>
  /** An account's sessions that have not expired, newest first. */
  listSessions(userId: string, now: string): Promise<SessionRecord[]>
  deleteSession(id: string): Promise<void>
  /** Ends every session of an account, except `keepId`; resolves with the ids ended. */
  deleteSessionsOfUser(userId: string, keepId?: string): Promise<string[]>

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
