import { createBlockId } from '@samskriv/shared'
import type { AccountStore, AuditLog, UserRecord } from '../storage/AccountStore.js'
import { hashPassword, verifyPassword } from './passwords.js'
import { randomToken, sha256Hex } from './secrets.js'

/** How long a session lasts after sign-in. */
export const SESSION_DAYS = 30
/** How long an invitation link can be used. */
export const INVITATION_DAYS = 14

const SETUP_TOKEN_SETTING = 'setupTokenHash'
const days = (n: number, from: Date) => new Date(from.getTime() + n * 86_400_000).toISOString()

/** Why an account operation was refused. */
export class AccountError extends Error {
  constructor(
    readonly code: 'setupDone' | 'badSetupToken' | 'emailTaken' | 'badInvitation',
    message: string,
  ) {
    super(message)
    this.name = 'AccountError'
  }
}

/**
 * Accounts and sessions: first-start setup, sign-in and sign-out, invitations. Sign-in is by
 * e-mail and password today; another identity provider (OpenID Connect) would create sessions
 * through the same `startSession`.
 */
export class AccountService {
  constructor(
    private readonly accounts: AccountStore,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
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
  async completeSetup(input: { setupToken: string; name: string; email: string; password: string }) {
    if ((await this.accounts.countUsers()) > 0)
      throw new AccountError('setupDone', 'The first administrator already exists.')
    const expected = await this.accounts.getSetting(SETUP_TOKEN_SETTING)
    if (expected === null || expected !== sha256Hex(input.setupToken)) {
      throw new AccountError('badSetupToken', 'The setup link is not valid; use the one the server printed last.')
    }
    const user = await this.createUser({ ...input, isAdmin: true })
    await this.accounts.deleteSetting(SETUP_TOKEN_SETTING)
    await this.log(user.id, 'firstAdministratorCreated', user.id, { email: user.email })
    return { user, ...(await this.startSession(user)) }
  }

  /** Creates an account with a password (setup and the command line). */
  async createUser(input: { name: string; email: string; password: string; isAdmin: boolean }): Promise<UserRecord> {
    const user: UserRecord = {
      id: createBlockId(),
      email: input.email,
      name: input.name,
      passwordHash: await hashPassword(input.password),
      isAdmin: input.isAdmin,
      createdAt: this.now().toISOString(),
    }
    if (!(await this.accounts.createUser(user)))
      throw new AccountError('emailTaken', 'An account with that e-mail address exists.')
    return user
  }

  /** Signs in; null (and an audit line) for a wrong e-mail address or password. */
  async signIn(email: string, password: string, from: string) {
    const user = await this.accounts.userByEmail(email)
    const ok = await verifyPassword(user?.passwordHash ?? null, password)
    if (!user || !ok) {
      await this.log(user?.id ?? null, 'signInFailed', email, { from })
      return null
    }
    await this.log(user.id, 'signIn', user.id, { from })
    return { user, ...(await this.startSession(user)) }
  }

  /** A new session for a person whose identity is established. */
  async startSession(user: UserRecord): Promise<{ sessionToken: string; expiresAt: string }> {
    const sessionToken = randomToken()
    const now = this.now()
    const expiresAt = days(SESSION_DAYS, now)
    await this.accounts.createSession(sha256Hex(sessionToken), user.id, now.toISOString(), expiresAt)
    return { sessionToken, expiresAt }
  }

  /** The person signed in with this session token, or null. */
  userForSession(sessionToken: string): Promise<UserRecord | null> {
    return this.accounts.sessionUser(sha256Hex(sessionToken), this.now().toISOString())
  }

  async signOut(sessionToken: string, user: UserRecord | null): Promise<void> {
    await this.accounts.deleteSession(sha256Hex(sessionToken))
    if (user) await this.log(user.id, 'signOut', user.id, {})
  }

  /** Invites someone: creates their account without a password, and a one-time link to set one. */
  async invite(actor: UserRecord | null, input: { email: string; name: string; isAdmin: boolean }) {
    const user: UserRecord = { id: createBlockId(), ...input, passwordHash: null, createdAt: this.now().toISOString() }
    if (!(await this.accounts.createUser(user)))
      throw new AccountError('emailTaken', 'An account with that e-mail address exists.')
    const inviteToken = randomToken()
    await this.accounts.createInvitation(sha256Hex(inviteToken), user.id, days(INVITATION_DAYS, this.now()))
    await this.log(actor?.id ?? null, 'userInvited', user.id, { email: user.email, isAdmin: user.isAdmin })
    return { user, inviteToken }
  }

  /** An invited person sets their password with the link, and is signed in. */
  async acceptInvitation(inviteToken: string, password: string) {
    const userId = await this.accounts.useInvitation(sha256Hex(inviteToken), this.now().toISOString())
    const user = userId ? await this.accounts.userById(userId) : null
    if (!user) throw new AccountError('badInvitation', 'The invitation link is not valid or has expired.')
    await this.accounts.setPassword(user.id, await hashPassword(password))
    await this.log(user.id, 'invitationAccepted', user.id, {})
    return { user, ...(await this.startSession(user)) }
  }

  private log(
    actorId: string | null,
    action: string,
    subject: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record({ at: this.now().toISOString(), actorId, action, subject, details })
  }
}
