import {
  may,
  mayCreateIn,
  mayManageGroup,
  relayAccessFor,
  roleFor,
  type DocumentAction,
  type GroupRole,
  type PolicySubject,
  type RelayAccess,
  type RoomKind,
  type ServerMode,
} from '@samskriv/shared'
import type { AccountStore, UserRecord } from '../storage/AccountStore.js'
import type { DocumentRecord } from '../storage/Storage.js'

/** The part of a document the policy looks at. */
export type PolicyDocument = Pick<DocumentRecord, 'groupId' | 'status' | 'approvedVersion'>

/**
 * Asks the shared rules (`@samskriv/shared` policy: the same the client shows its actions by) with
 * what the server knows: how it runs, the person's account and their roles. The HTTP routes and
 * the relay both ask here.
 */
export class Policy {
  private accountsExist = false

  constructor(
    private readonly accounts: AccountStore,
    /** OPEN_MODE=1: without accounts, everyone may do everything with documents. */
    private readonly openMode = false,
  ) {}

  /** How the server runs now (accounts, once they exist, for good: accounts are never deleted). */
  async mode(): Promise<ServerMode> {
    if (!this.accountsExist) this.accountsExist = (await this.accounts.countUsers()) > 0
    return this.accountsExist ? 'accounts' : this.openMode ? 'open' : 'setup'
  }

  /** Whether people must sign in (everywhere but open mode). */
  async authRequired(): Promise<boolean> {
    return (await this.mode()) !== 'open'
  }

  /** Who is asking, for the shared rules; a disabled account counts as nobody. */
  async subject(user: UserRecord | null): Promise<PolicySubject> {
    const mode = await this.mode()
    const active = mode === 'accounts' && user !== null && user.disabledAt === null ? user : null
    return {
      mode,
      user: active,
      memberships: active ? await this.accounts.membershipsOfUser(active.id) : [],
    }
  }

  /** The role that counts for this person and document, or null for no access. */
  async roleFor(user: UserRecord | null, document: Pick<DocumentRecord, 'groupId'>): Promise<GroupRole | null> {
    return roleFor(await this.subject(user), document.groupId)
  }

  /** Whether this person may do this with this document (its lock included). */
  async can(user: UserRecord | null, action: DocumentAction, document: PolicyDocument): Promise<boolean> {
    return may(await this.subject(user), action, document)
  }

  /** What a relay connection may do in a room of this document; null: refuse it. */
  async relayAccess(
    user: UserRecord | null,
    document: PolicyDocument | null,
    kind: RoomKind,
  ): Promise<RelayAccess | null> {
    if (document === null) return (await this.mode()) === 'open' ? 'edit' : null
    return relayAccessFor(await this.roleFor(user, document), kind)
  }

  /** Whether this person may create documents in (or move documents to) a group. */
  async canCreateIn(user: UserRecord | null, groupId: string | null): Promise<boolean> {
    return mayCreateIn(await this.subject(user), groupId)
  }

  /** Whether this person may change who is in a group. */
  async canManageGroup(user: UserRecord | null, groupId: string): Promise<boolean> {
    return mayManageGroup(await this.subject(user), groupId)
  }

  /** Which groups' documents this person may read: 'all', or a list of group ids. */
  async readableGroups(user: UserRecord | null): Promise<'all' | string[]> {
    const subject = await this.subject(user)
    if (subject.mode === 'open' || subject.user?.isAdmin === true) return 'all'
    return subject.memberships.map((m) => m.groupId)
  }
}
