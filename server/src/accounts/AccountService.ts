import { createBlockId } from '@samskriv/shared'
import type { AccountStore, AuditLog, SessionRecord, UserRecord } from '../storage/AccountStore.js'
import { AccountError } from './AccountError.js'
import { hashPassword, verifyPassword } from './passwords.js'
import { requireStrongPassword } from './requireStrongPassword.js'
import { randomToken, sha256Hex } from './secrets.js'

export { AccountError } from './AccountError.js'

/** How long a session lasts after sign-in. */
export const SESSION_DAYS = 30
/** How often a session's "last used" is written at most. */
const TOUCH_EVERY_MS = 5 * 60_000

const SETUP_TOKEN_SETTING = 'setupTokenHash'
export const days = (n: number, from: Date) => new Date(from.getTime() + n * 86_400_000).toISOString()

/** A signed-in person: their account and the session the request came with. */
export interface SignedIn {
  readonly user: UserRecord
  readonly session: SessionRecord
}

/**
 * Sessions end for a person: all of theirs (`sessionIds` null) or these. The relay closes the
 * connections opened with them.
 */
export type SessionsEnded = (userId: string, sessionIds: readonly string[] | null) => void

/**
 * First-start setup, sign-in, sessions and one's own password. Sign-in is by e-mail and password
 * today; another identity provider (OpenID Connect) would create sessions through `startSession`.
 */
export class AccountService {
  constructor(
    private readonly accounts: AccountStore,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
    private readonly sessionsEnded: SessionsEnded = () => {},
  ) {}

  /**
   * While no account exists: a fresh one-time setup token (only its hash is stored; a restart
   * makes a new one). Null once the first administrator exists.
   */
  async prepareSetup(): Promise<string | null> {
    if ((await this.accounts.countUsers()) > 0) return null
    const token = randomToken()
    await this.accounts.deleteSetting(SETUP_TOKEN_SETTING)
    await this.accounts.initSetting(SETUP_TOKEN_SETTING, sha256Hex(token))
    return token
  }

  /** Creates the first administrator with the setup token, and signs them in. */
  async completeSetup(input: { setupToken: string; name: string; email: string; password: string }, userAgent = '') {
    if ((await this.accounts.countUsers()) > 0)
      throw new AccountError('setupDone', 'The first administrator already exists.')
    const expected = await this.accounts.getSetting(SETUP_TOKEN_SETTING)
    if (expected === null || expected !== sha256Hex(input.setupToken)) {
      throw new AccountError('badSetupToken', 'The setup link is not valid; use the one the server printed last.')
    }
    const user = await this.createUser({ ...input, isAdmin: true })
    await this.accounts.deleteSetting(SETUP_TOKEN_SETTING)
    await this.log(user.id, 'firstAdministratorCreated', user.id, { email: user.email })
    return { user, ...(await this.startSession(user, userAgent)) }
  }

  /** Creates an account with a password (setup and the command line). */
  async createUser(input: { name: string; email: string; password: string; isAdmin: boolean }): Promise<UserRecord> {
    requireStrongPassword(input.password, input)
    const user: UserRecord = {
      id: createBlockId(),
      email: input.email,
      name: input.name,
      passwordHash: await hashPassword(input.password),
      isAdmin: input.isAdmin,
      createdAt: this.now().toISOString(),
      disabledAt: null,
    }
    if (!(await this.accounts.createUser(user)))
      throw new AccountError('emailTaken', 'An account with that e-mail address exists.')
    return user
  }

  /** Signs in; null (and an audit line) for a wrong e-mail address or password, or a disabled account. */
  async signIn(email: string, password: string, from: string, userAgent = '') {
    const user = await this.accounts.userByEmail(email)
    const ok = await verifyPassword(user?.passwordHash ?? null, password)
    if (!user || !ok || user.disabledAt !== null) {
      const disabled = user !== null && ok
      await this.log(user?.id ?? null, 'signInFailed', email, { from, ...(disabled ? { disabled } : {}) })
      return null
    }
    await this.log(user.id, 'signIn', user.id, { from })
    return { user, ...(await this.startSession(user, userAgent)) }
  }

  /** A new session for a person whose identity is established. */
  async startSession(user: UserRecord, userAgent = ''): Promise<{ sessionToken: string; session: SessionRecord }> {
    const sessionToken = randomToken()
    const now = this.now()
    const session: SessionRecord = {
      id: createBlockId(),
      tokenHash: sha256Hex(sessionToken),
      userId: user.id,
      createdAt: now.toISOString(),
      expiresAt: days(SESSION_DAYS, now),
      lastSeenAt: now.toISOString(),
      userAgent: userAgent.slice(0, 300),
    }
    await this.accounts.createSession(session)
    return { sessionToken, session }
  }

  /** The person signed in with this session token (never a disabled account), or null. */
  async signedIn(sessionToken: string): Promise<SignedIn | null> {
    const now = this.now()
    const found = await this.accounts.sessionByToken(sha256Hex(sessionToken), now.toISOString())
    if (!found || found.user.disabledAt !== null) return null
    const lastSeen = found.session.lastSeenAt === null ? 0 : Date.parse(found.session.lastSeenAt)
    if (now.getTime() - lastSeen > TOUCH_EVERY_MS) await this.accounts.touchSession(found.session.id, now.toISOString())
    return found
  }

  /** Whether a session still stands (the relay asks before it admits a connection opened with it). */
  async sessionValid(userId: string, sessionId: string): Promise<boolean> {
    const session = await this.accounts.sessionById(sessionId, this.now().toISOString())
    return session !== null && session.userId === userId
  }

  async signOut(signedIn: SignedIn | null, sessionToken: string): Promise<void> {
    if (!signedIn) {
      const found = await this.accounts.sessionByToken(sha256Hex(sessionToken), this.now().toISOString())
      if (found) await this.endSession(found.user.id, found.session.id)
      return
    }
    await this.endSession(signedIn.user.id, signedIn.session.id)
    await this.log(signedIn.user.id, 'signOut', signedIn.user.id, {})
  }

  /** One's own sessions that have not expired. */
  sessions(user: UserRecord): Promise<SessionRecord[]> {
    return this.accounts.listSessions(user.id, this.now().toISOString())
  }

  /** Ends one of one's own sessions (another device); false when it is not theirs. */
  async revokeOwnSession(user: UserRecord, sessionId: string): Promise<boolean> {
    const session = await this.accounts.sessionById(sessionId, this.now().toISOString())
    if (!session || session.userId !== user.id) return false
    await this.endSession(user.id, session.id)
    await this.log(user.id, 'sessionRevoked', user.id, { session: session.id })
    return true
  }

  /** Changes one's own password; every other session of theirs ends. */
  async changePassword(signedIn: SignedIn, currentPassword: string, newPassword: string): Promise<void> {
    const { user, session } = signedIn
    if (!(await verifyPassword(user.passwordHash, currentPassword)))
      throw new AccountError('wrongPassword', 'The current password is wrong.')
    requireStrongPassword(newPassword, user)
    await this.accounts.setPassword(user.id, await hashPassword(newPassword))
    const ended = await this.accounts.deleteSessionsOfUser(user.id, session.id)
    this.sessionsEnded(user.id, ended)
    await this.log(user.id, 'passwordChanged', user.id, { sessionsEnded: ended.length })
  }

  /**
   * Uses an invitation or reset link to choose a password, and signs in. After a reset every
   * earlier session of the account ends.
   */
  async acceptInvitation(inviteToken: string, password: string, userAgent = '') {
    const hash = sha256Hex(inviteToken)
    const now = this.now().toISOString()
    const invalid = () => new AccountError('badInvitation', 'The link is not valid, was replaced, or has expired.')
    const pending = await this.accounts.pendingInvitation(hash, now)
    const owner = pending ? await this.accounts.userById(pending.userId) : null
    if (!pending || !owner || owner.disabledAt !== null) throw invalid()
    // Judged before the link is used, so a weak password does not spend it.
    requireStrongPassword(password, owner)
    const used = await this.accounts.useInvitation(hash, now)
    if (!used) throw invalid()
    await this.accounts.setPassword(owner.id, await hashPassword(password))
    if (used.kind === 'reset') {
      await this.accounts.deleteSessionsOfUser(owner.id)
      this.sessionsEnded(owner.id, null)
    }
    await this.log(owner.id, used.kind === 'reset' ? 'passwordReset' : 'invitationAccepted', owner.id, {})
    return { user: owner, ...(await this.startSession(owner, userAgent)) }
  }

  private async endSession(userId: string, sessionId: string): Promise<void> {
    await this.accounts.deleteSession(sessionId)
    this.sessionsEnded(userId, [sessionId])
  }

  private log(actorId: string | null, action: string, subject: string, details: Record<string, unknown>) {
    return this.audit.record({ at: this.now().toISOString(), actorId, action, subject, details })
  }
}
