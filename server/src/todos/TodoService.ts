import { effectiveStatus, type TodoList } from '@samskriv/shared'
import type { Policy } from '../policy/Policy.js'
import type { UserRecord } from '../storage/AccountStore.js'
import type { Storage } from '../storage/Storage.js'

/** Most activities looked at for the overdue list (the registers are paged). */
const PAGE = 200

const normalise = (text: string) => text.trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ')

/**
 * What waits for a person: justering rounds they are to sign, proposals waiting for them as a
 * coordinator, and overdue activities they are responsible for (named in the plan by their name).
 * Only documents they may read, none in the trash.
 */
export class TodoService {
  constructor(
    private readonly storage: Storage,
    private readonly policy: Policy,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(user: UserRecord): Promise<TodoList> {
    const documents = (await this.storage.catalog.list({ trashed: false })).filter((d) => d.deletedAt === null)
    const todos: TodoList = { justeringar: [], proposals: [], overdue: [] }
    for (const document of documents) {
      if (document.status === 'justering' && (await this.policy.can(user, 'read', document))) {
        const round = await this.storage.approvals.currentJustering(document.id)
        const mine = round?.signers.find((signer) => signer.userId === user.id)
        if (round?.status === 'open' && mine?.state === 'pending') {
          todos.justeringar.push({
            documentId: document.id,
            title: document.title,
            round: round.round,
            startedAt: round.startedAt,
            startedBy: round.startedBy.name,
          })
        }
      }
      if (await this.policy.can(user, 'approve', { ...document, status: 'draft' })) {
        for (const proposal of await this.storage.approvals.listProposals(document.id)) {
          if (proposal.status !== 'open') continue
          todos.proposals.push({
            documentId: document.id,
            title: document.title,
            proposalId: proposal.id,
            author: proposal.author.name,
            createdAt: proposal.createdAt,
          })
        }
      }
    }
    todos.overdue = await this.overdue(user)
    todos.justeringar.sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    todos.proposals.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    return todos
  }

  private async overdue(user: UserRecord): Promise<TodoList['overdue']> {
    if (normalise(user.name) === '') return []
    const today = this.now().toISOString().slice(0, 10)
    const scope = await this.policy.readableGroups(user)
    const page = await this.storage.registers.queryActivities({ responsible: user.name, limit: PAGE, offset: 0 }, scope)
    return page.entries
      .filter((a) => normalise(a.responsible).includes(normalise(user.name)))
      .map((a) => ({ ...a, status: effectiveStatus(a.status, a.followUpState) }))
      .filter((a) => a.timeTo !== '' && a.timeTo < today && a.status !== 'done' && a.status !== 'cancelled')
      .sort((a, b) => a.timeTo.localeCompare(b.timeTo))
      .map((a) => ({
        documentId: a.documentId,
        documentTitle: a.documentTitle,
        activityId: a.id,
        description: a.description,
        timeTo: a.timeTo,
        status: a.status,
      }))
  }
}
