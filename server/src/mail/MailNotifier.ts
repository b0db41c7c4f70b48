import type { Logger } from '../Logger.js'
import type { Policy } from '../policy/Policy.js'
import type { AuditEntry, UserRecord } from '../storage/AccountStore.js'
import type { MailKind, OutgoingMail } from '../storage/MailOutbox.js'
import type { MentionRecord } from '../storage/MentionStore.js'
import type { DocumentRecord, Storage } from '../storage/Storage.js'
import type { TodoService } from '../todos/TodoService.js'
import type { MailSender } from './MailSender.js'

type NotifierStorage = Pick<Storage, 'accounts' | 'catalog' | 'mail'>

/** An account that can receive mail: in use, with an address. */
const reachable = (user: UserRecord | null): user is UserRecord =>
  user !== null && user.disabledAt === null && user.passwordHash !== null && user.email !== ''

/**
 * Turns what happened into notification e-mails in the outbox (then sent by {@link MailSender}):
 * a justering naming someone as signer, a proposal waiting for the group's coordinators, a comment
 * mentioning someone, and an activity someone is responsible for becoming overdue (looked for
 * every `overdueEveryMs`). Each mail's id names the event and the person, so an event is mailed
 * once however often it is seen; an overdue activity once per activity and person.
 */
export class MailNotifier {
  private timer: NodeJS.Timeout | null = null
  private work: Promise<void> = Promise.resolve()

  constructor(
    private readonly storage: NotifierStorage,
    private readonly policy: Policy,
    private readonly todos: Pick<TodoService, 'overdue'>,
    private readonly sender: Pick<MailSender, 'kick'>,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
    private readonly overdueEveryMs = 60 * 60_000,
  ) {}

  /** Looks for overdue activities now and every `overdueEveryMs`. */
  start(): void {
    this.queue(() => this.checkOverdue())
    this.timer = setInterval(() => this.queue(() => this.checkOverdue()), this.overdueEveryMs)
    this.timer.unref()
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    await this.work
  }

  /** Resolves once what was noted is in the outbox (tests). */
  settled(): Promise<void> {
    return this.work
  }

  /** An audited action: a justering started or a proposal made. Never throws. */
  noteAudit(entry: AuditEntry): void {
    if (entry.action === 'justeringStarted') this.queue(() => this.justering(entry))
    if (entry.action === 'proposalCreated') this.queue(() => this.proposal(entry))
  }

  /** New mentions (already only of people who may read the document). Never throws. */
  noteMentions(document: DocumentRecord, added: readonly MentionRecord[]): void {
    if (added.length > 0) this.queue(() => this.mentions(document, added))
  }

  /** Whether a queued mail may still go to its recipient: their address, or null. */
  async recipient(mail: OutgoingMail): Promise<{ email: string } | null> {
    const user = await this.storage.accounts.userById(mail.recipientId)
    if (!reachable(user)) return null
    const document = await this.storage.catalog.get(mail.documentId)
    if (!document || document.deletedAt !== null) return null
    return (await this.policy.can(user, 'read', document)) ? { email: user.email } : null
  }

  /** Queues mail about overdue activities to the people responsible. */
  async checkOverdue(): Promise<void> {
    for (const user of await this.storage.accounts.listUsers()) {
      if (!reachable(user)) continue
      for (const activity of await this.todos.overdue(user)) {
        await this.enqueue(
          `overdue:${activity.documentId}:${activity.activityId}:${user.id}`,
          user,
          'overdue',
          activity.documentId,
          {
            title: activity.documentTitle,
            activityId: activity.activityId,
            description: activity.description,
            timeTo: activity.timeTo,
          },
        )
      }
    }
  }

  private queue(task: () => Promise<void>): void {
    this.work = this.work.then(task).catch((error: unknown) => {
      this.log.error({ error: String(error) }, 'mail: could not queue a notification')
    })
  }

  private async justering(entry: AuditEntry): Promise<void> {
    const document = await this.storage.catalog.get(entry.subject)
    const signers = Array.isArray(entry.details.signers) ? (entry.details.signers as unknown[]) : []
    if (!document) return
    const startedBy = entry.actorId ? ((await this.storage.accounts.userById(entry.actorId))?.name ?? '') : ''
    const round = typeof entry.details.round === 'number' ? String(entry.details.round) : ''
    for (const id of signers) {
      if (typeof id !== 'string') continue
      const user = await this.storage.accounts.userById(id)
      if (!reachable(user) || !(await this.policy.can(user, 'read', document))) continue
      await this.enqueue(`justering:${document.id}:${round}:${id}`, user, 'justering', document.id, {
        title: document.title,
        round,
        startedBy,
      })
    }
  }

  private async proposal(entry: AuditEntry): Promise<void> {
    const document = await this.storage.catalog.get(entry.subject)
    const proposalId = typeof entry.details.proposal === 'string' ? entry.details.proposal : ''
    if (!document || proposalId === '') return
    const author = entry.actorId ? ((await this.storage.accounts.userById(entry.actorId))?.name ?? '') : ''
    const coordinators =
      document.groupId === null
        ? (await this.storage.accounts.listUsers()).filter((u) => u.isAdmin)
        : await Promise.all(
            (await this.storage.accounts.membersOfGroup(document.groupId))
              .filter((m) => m.role === 'coordinator')
              .map((m) => this.storage.accounts.userById(m.userId)),
          )
    for (const user of coordinators) {
      if (!reachable(user) || user.id === entry.actorId) continue
      if (!(await this.policy.can(user, 'approve', { ...document, status: 'draft' }))) continue
      await this.enqueue(`proposal:${document.id}:${proposalId}:${user.id}`, user, 'proposal', document.id, {
        title: document.title,
        author,
      })
    }
  }

  private async mentions(document: DocumentRecord, added: readonly MentionRecord[]): Promise<void> {
    for (const mention of added) {
      if (mention.seenAt !== null) continue
      const user = await this.storage.accounts.userById(mention.userId)
      if (!reachable(user)) continue
      await this.enqueue(`mention:${document.id}:${mention.commentId}:${user.id}`, user, 'mention', document.id, {
        title: document.title,
        author: mention.authorName,
        excerpt: mention.excerpt,
        commentId: mention.commentId,
      })
    }
  }

  private async enqueue(
    id: string,
    recipient: UserRecord,
    kind: MailKind,
    documentId: string,
    payload: Record<string, string>,
  ): Promise<void> {
    const at = this.now().toISOString()
    const queued = await this.storage.mail.enqueue({
      id,
      recipientId: recipient.id,
      kind,
      documentId,
      payload: { ...payload, recipientName: recipient.name },
      createdAt: at,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: at,
      lastError: null,
      sentAt: null,
    })
    if (queued) this.sender.kick()
  }
}
