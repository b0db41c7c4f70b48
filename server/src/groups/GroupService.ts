import { createBlockId, type GroupRole } from '@samskriv/shared'
import type { AccountStore, AuditLog, GroupRecord, UserRecord } from '../storage/AccountStore.js'

/** Groups and who has which role in them; every change is written to the audit log. */
export class GroupService {
  constructor(
    private readonly accounts: AccountStore,
    private readonly audit: AuditLog,
    /** Called after someone's role in a group changed, so live connections are judged again. */
    private readonly onAccessChanged: (userId: string, groupId: string) => void = () => {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Creates a group; null when the name is taken. */
  async create(
    actor: UserRecord | null,
    input: { name: string; kind: GroupRecord['kind'] },
  ): Promise<GroupRecord | null> {
    const group: GroupRecord = { id: createBlockId(), ...input, createdAt: this.now().toISOString() }
    if (!(await this.accounts.createGroup(group))) return null
    await this.log(actor, 'groupCreated', group.id, { name: group.name, kind: group.kind })
    return group
  }

  async setRole(actor: UserRecord | null, groupId: string, userId: string, role: GroupRole): Promise<void> {
    const before = (await this.accounts.membersOfGroup(groupId)).find((m) => m.userId === userId)?.role ?? null
    await this.accounts.setMembership(groupId, userId, role)
    await this.log(actor, 'roleChanged', userId, { groupId, from: before, to: role })
    if (before !== null && before !== role) this.onAccessChanged(userId, groupId)
  }

  async remove(actor: UserRecord | null, groupId: string, userId: string): Promise<void> {
    const before = (await this.accounts.membersOfGroup(groupId)).find((m) => m.userId === userId)?.role ?? null
    await this.accounts.removeMembership(groupId, userId)
    await this.log(actor, 'roleChanged', userId, { groupId, from: before, to: null })
    this.onAccessChanged(userId, groupId)
  }

  private log(
    actor: UserRecord | null,
    action: string,
    subject: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record({ at: this.now().toISOString(), actorId: actor?.id ?? null, action, subject, details })
  }
}
