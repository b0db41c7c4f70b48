import { effectiveStatus, type TodoList } from '@samskriv/shared'
import { eligibleSigners } from '../approval/eligibleSigners.js'
import { requireDocument } from '../approval/requireDocument.js'
import type { Policy } from '../policy/Policy.js'
import type { UserRecord } from '../storage/AccountStore.js'
import type { DocumentRecord, Storage } from '../storage/Storage.js'

/** Most activities looked at for the overdue list (the registers are paged). */
const PAGE = 200

const normalise = (text: string) => text.trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ')

/**
 * What waits for a person: justering rounds they are to sign, proposals waiting for them as a
 * coordinator, comments that mention them, and overdue activities they are responsible for (named in the plan by their name).
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
    const todos: TodoList = { justeringar: [], proposals: [], mentions: [], overdue: [] }
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
    todos.mentions = await this.mentions(user, new Map(documents.map((d) => [d.id, d])))
    todos.overdue = await this.overdue(user)
    todos.justeringar.sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    todos.proposals.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    return todos
  }

  /**
   * Whom a comment on the document may mention (for anyone who may comment on it): the active
   * members of its group, the same people who may sign it.
   */
  async mentionable(user: UserRecord | null, documentId: string): Promise<UserRecord[]> {
    const document = await requireDocument(this.storage.catalog, this.policy, user, documentId, 'comment')
    return eligibleSigners(this.storage.accounts, document)
  }

  /** Marks a comment that mentions the person seen; whether there was one is not told. */
  async mentionDone(user: UserRecord, documentId: string, commentId: string): Promise<boolean> {
    return this.storage.mentions.markSeen(user.id, documentId, commentId, this.now().toISOString())
  }

  /** Unseen mentions of the person in documents they may still read, not in the trash. */
  private async mentions(user: UserRecord, live: Map<string, DocumentRecord>): Promise<TodoList['mentions']> {
    const todos: TodoList['mentions'] = []
    for (const mention of await this.storage.mentions.unseenFor(user.id)) {
      const document = live.get(mention.documentId)
      if (!document || !(await this.policy.can(user, 'read', document))) continue
      todos.push({
        documentId: document.id,
        title: document.title,
        commentId: mention.commentId,
        threadId: mention.threadId,
        author: mention.authorName,
        excerpt: mention.excerpt,
        createdAt: mention.createdAt,
      })
    }
    return todos
  }

  /** Activities the person is responsible for (by name) that are overdue now. */
  async overdue(user: UserRecord): Promise<TodoList['overdue']> {
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
