import type { Policy } from '../policy/Policy.js'
import type { AccountStore } from '../storage/AccountStore.js'
import type { NoticeAudience } from './NoticeHub.js'

/** Who is told about what: the people who may read a group's documents, or coordinate them. */
export class Audiences {
  constructor(
    private readonly accounts: AccountStore,
    private readonly policy: Policy,
  ) {}

  /** Everyone who may read documents of this group: its members and the administrators. */
  readersOf(groupId: string | null): Promise<NoticeAudience> {
    return this.of(groupId, () => true)
  }

  /** Everyone who coordinates documents of this group: its coordinators and the administrators. */
  coordinatorsOf(groupId: string | null): Promise<NoticeAudience> {
    return this.of(groupId, (role) => role === 'coordinator')
  }

  private async of(groupId: string | null, counts: (role: string) => boolean): Promise<NoticeAudience> {
    // Without accounts (an open server) everyone may read everything.
    if ((await this.policy.mode()) !== 'accounts') return 'everyone'
    const members = groupId === null ? [] : await this.accounts.membersOfGroup(groupId)
    const admins = (await this.accounts.listUsers()).filter((u) => u.isAdmin && u.disabledAt === null)
    return [...new Set([...members.filter((m) => counts(m.role)).map((m) => m.userId), ...admins.map((a) => a.id)])]
  }
}
