import { roleAllows, type DocumentAction, type GroupRole, type RelayAccess, type RoomKind } from '@samskriv/shared'
import type { AccountStore, UserRecord } from '../storage/AccountStore.js'
import type { DocumentRecord } from '../storage/Storage.js'

/** The part of a document the policy looks at. */
export type PolicyDocument = Pick<DocumentRecord, 'groupId' | 'status'>

/**
 * The one place that decides who may read, comment, edit, approve and manage members; the HTTP
 * routes and the relay both ask it. Rules:
 * - Until the first administrator exists the server runs open: everyone may do everything.
 * - Administrators may do everything.
 * - Otherwise a person's role in the document's group decides (reader < commenter < editor <
 *   coordinator); documents without a group are for administrators only.
 * - Nobody edits a document that is not a draft (in justering or approved); the relay enforces the
 *   same lock live, per message.
 */
export class Policy {
  private accountsExist = false

  constructor(private readonly accounts: AccountStore) {}

  /** Whether sign-in is required (once true, for good: accounts are never all removed). */
  async authRequired(): Promise<boolean> {
    if (!this.accountsExist) this.accountsExist = (await this.accounts.countUsers()) > 0
    return this.accountsExist
  }

  /** The role that counts for this person and document, or null for no access. */
  async roleFor(user: UserRecord | null, document: Pick<DocumentRecord, 'groupId'>): Promise<GroupRole | null> {
    if (!(await this.authRequired())) return 'coordinator'
    if (!user) return null
    if (user.isAdmin) return 'coordinator'
    if (document.groupId === null) return null
    return this.groupRole(user, document.groupId)
  }

  /** Whether this person may do this with this document. */
  async can(user: UserRecord | null, action: DocumentAction, document: PolicyDocument): Promise<boolean> {
    if (action === 'edit' && document.status !== 'draft') return false
    return roleAllows(await this.roleFor(user, document), action)
  }

  /** What a relay connection may do in a room of this document; null: refuse it. */
  async relayAccess(
    user: UserRecord | null,
    document: PolicyDocument | null,
    kind: RoomKind,
  ): Promise<RelayAccess | null> {
    if (document === null) return (await this.authRequired()) ? null : 'edit'
    const role = await this.roleFor(user, document)
    if (!roleAllows(role, 'read')) return null
    if (kind === 'annotations') return roleAllows(role, 'comment') ? 'comment' : 'read'
    return roleAllows(role, 'edit') ? 'edit' : roleAllows(role, 'comment') ? 'comment' : 'read'
  }

  /** Whether this person may create documents in (or move documents to) a group. */
  async canCreateIn(user: UserRecord | null, groupId: string | null): Promise<boolean> {
    if (!(await this.authRequired())) return true
    if (!user) return false
    if (user.isAdmin) return true
    return groupId !== null && roleAllows(await this.groupRole(user, groupId), 'edit')
  }

  /** Whether this person may change who is in a group. */
  async canManageGroup(user: UserRecord | null, groupId: string): Promise<boolean> {
    if (!user) return !(await this.authRequired())
    return user.isAdmin || roleAllows(await this.groupRole(user, groupId), 'manageMembers')
  }

  /** Which groups' documents this person may read: 'all', or a list of group ids. */
  async readableGroups(user: UserRecord | null): Promise<'all' | string[]> {
    if (!(await this.authRequired()) || user?.isAdmin) return 'all'
    if (!user) return []
    return (await this.accounts.membershipsOfUser(user.id)).map((m) => m.groupId)
  }

  private async groupRole(user: UserRecord, groupId: string): Promise<GroupRole | null> {
    const membership = (await this.accounts.membershipsOfUser(user.id)).find((m) => m.groupId === groupId)
    return membership?.role ?? null
  }
}
