import { createBlockId, type Invitation } from '@samskriv/shared'
import type { AccountStore, AuditLog, InvitationRecord, UserPatch, UserRecord } from '../storage/AccountStore.js'
import { AccountError } from './AccountError.js'
import { days, type SessionsEnded } from './AccountService.js'
import { randomToken, sha256Hex } from './secrets.js'

/** How long an invitation or reset link can be used. */
export const INVITATION_DAYS = 14

/** A person's rights changed: their open connections are judged again. */
export type RightsChanged = (userId: string) => void

/**
 * What administrators do with accounts: invite, issue a new invitation or reset link, grant and
 * withdraw administrator rights, disable and re-enable, end someone's sessions, list the links.
 * There is always at least one enabled administrator.
 */
export class AccountAdministration {
  constructor(
    private readonly accounts: AccountStore,
    private readonly audit: AuditLog,
    private readonly sessionsEnded: SessionsEnded,
    private readonly rightsChanged: RightsChanged,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Invites someone: an account without a password, and a one-time link to choose one. */
  async invite(actor: UserRecord, input: { email: string; name: string; isAdmin: boolean }) {
    const existing = await this.accounts.userByEmail(input.email)
    if (existing) {
      if (existing.passwordHash === null)
        throw new AccountError('invitationPending', 'That person is already invited: issue a new link from the list.')
      throw new AccountError('emailTaken', 'An account with that e-mail address exists.')
    }
    const user: UserRecord = {
      id: createBlockId(),
      ...input,
      passwordHash: null,
      createdAt: this.now().toISOString(),
      disabledAt: null,
    }
    if (!(await this.accounts.createUser(user)))
      throw new AccountError('emailTaken', 'An account with that e-mail address exists.')
    const { token, invitation } = await this.newLink(user)
    await this.log(actor, 'userInvited', user.id, { email: user.email, isAdmin: user.isAdmin })
    return { user, token, invitation }
  }

  /**
   * A new link for an account: an invitation while it has no password, else a reset link. Every
   * earlier unused link of the account stops working.
   */
  async issueLink(actor: UserRecord, userId: string) {
    const user = await this.requireUser(userId)
    if (user.disabledAt !== null) throw new AccountError('disabled', 'Enable the account first.')
    const { token, invitation } = await this.newLink(user)
    await this.log(actor, invitation.kind === 'reset' ? 'passwordResetIssued' : 'invitationReissued', user.id, {})
    return { user, token, invitation }
  }

  /** Grants or withdraws administrator rights, disables or re-enables an account. */
  async update(actor: UserRecord, userId: string, change: { isAdmin?: boolean; disabled?: boolean }) {
    const user = await this.requireUser(userId)
    const patch: UserPatch = {
      ...(change.isAdmin !== undefined && change.isAdmin !== user.isAdmin ? { isAdmin: change.isAdmin } : {}),
      ...(change.disabled !== undefined && change.disabled !== (user.disabledAt !== null)
        ? { disabledAt: change.disabled ? this.now().toISOString() : null }
        : {}),
    }
    const losesAdministration = user.isAdmin && (patch.isAdmin === false || typeof patch.disabledAt === 'string')
    if (losesAdministration && user.disabledAt === null && (await this.enabledAdministrators()) <= 1)
      throw new AccountError('lastAdministrator', 'At least one enabled administrator must remain.')
    const updated = (await this.accounts.updateUser(user.id, patch)) ?? user
    if (typeof patch.disabledAt === 'string') {
      await this.accounts.deleteSessionsOfUser(user.id)
      await this.accounts.revokeInvitations(user.id, patch.disabledAt)
      this.sessionsEnded(user.id, null)
      await this.log(actor, 'userDisabled', user.id, {})
    }
    if (patch.disabledAt === null) await this.log(actor, 'userEnabled', user.id, {})
    if (patch.isAdmin !== undefined) {
      this.rightsChanged(user.id)
      await this.log(actor, patch.isAdmin ? 'administratorGranted' : 'administratorWithdrawn', user.id, {})
    }
    return updated
  }

  /** Ends every session of an account (signed out everywhere; its relay connections close). */
  async endSessions(actor: UserRecord, userId: string): Promise<number> {
    const user = await this.requireUser(userId)
    const ended = await this.accounts.deleteSessionsOfUser(user.id)
    this.sessionsEnded(user.id, null)
    await this.log(actor, 'sessionsRevoked', user.id, { sessions: ended.length })
    return ended.length
  }

  /** Every invitation and reset link with its state, newest first. */
  async invitations(): Promise<Invitation[]> {
    const now = this.now().toISOString()
    const users = new Map((await this.accounts.listUsers()).map((u) => [u.id, u]))
    return (await this.accounts.listInvitations()).map((i) => ({
      id: i.id,
      userId: i.userId,
      userName: users.get(i.userId)?.name ?? '',
      email: users.get(i.userId)?.email ?? '',
      kind: i.kind,
      state: stateOf(i, now),
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      usedAt: i.usedAt,
    }))
  }

  private async newLink(user: UserRecord): Promise<{ token: string; invitation: Invitation }> {
    const token = randomToken()
    const now = this.now()
    const record: InvitationRecord = {
      id: createBlockId(),
      tokenHash: sha256Hex(token),
      userId: user.id,
      kind: user.passwordHash === null ? 'invitation' : 'reset',
      createdAt: now.toISOString(),
      expiresAt: days(INVITATION_DAYS, now),
      usedAt: null,
      revokedAt: null,
    }
    await this.accounts.createInvitation(record)
    const invitation: Invitation = {
      id: record.id,
      userId: user.id,
      userName: user.name,
      email: user.email,
      kind: record.kind,
      state: 'pending',
      createdAt: record.createdAt,
      expiresAt: record.expiresAt,
      usedAt: null,
    }
    return { token, invitation }
  }

  private async requireUser(userId: string): Promise<UserRecord> {
    const user = await this.accounts.userById(userId)
    if (!user) throw new AccountError('notFound', 'No account has that id.')
    return user
  }

  private async enabledAdministrators(): Promise<number> {
    return (await this.accounts.listUsers()).filter((u) => u.isAdmin && u.disabledAt === null).length
  }

  private log(actor: UserRecord, action: string, subject: string, details: Record<string, unknown>) {
    return this.audit.record({ at: this.now().toISOString(), actorId: actor.id, action, subject, details })
  }
}

function stateOf(i: InvitationRecord, now: string): Invitation['state'] {
  if (i.usedAt !== null) return 'used'
  if (i.revokedAt !== null) return 'revoked'
  return i.expiresAt <= now ? 'expired' : 'pending'
}
