import { createBlockId, HTTP_LIMITS, SCHEMA_VERSION, type HttpLimits, type Room } from '@samskriv/shared'
import { LimitError } from '../limits/LimitError.js'
import type { Policy } from '../policy/Policy.js'
import { UpdateRefusedError } from '../relay/checkRun.js'
import type { Relay } from '../relay/Relay.js'
import type { UserRecord } from '../storage/AccountStore.js'
import type { ProposalRecord } from '../storage/ApprovalStore.js'
import type { Storage } from '../storage/Storage.js'
import { metaRules } from '../documents/metaUpdateProblem.js'
import { willWait } from '../relay/pendingUpdates.js'
import { ApprovalError } from './ApprovalError.js'
import { requireDocument } from './requireDocument.js'

const content = (documentId: string): Room => ({ documentId: documentId as Room['documentId'], kind: 'content' })

/** Whom a proposal is judged as when sent: a writer of this server's schema. */
const PROPOSAL_ACTOR = { userId: null, userName: null, schemaVersion: SCHEMA_VERSION } as const

type ProposalLimits = Pick<
  HttpLimits,
  'maxProposalBytes' | 'maxOpenProposalsPerDocument' | 'maxOpenProposalsPerPersonPerDocument'
>

/**
 * Proposals: edits a device made offline to a document that was approved (or moved to a newer
 * revision) meanwhile. They are kept, never applied silently; a coordinator can carry one into
 * the current draft, where it merges like any other edit. A proposal is decoded and checked in the
 * relay's checking worker, never on the main thread, and applied through the relay's check and
 * rules like a client's update. Limits: its size, and the open proposals of a document and of a
 * person on it.
 */
export class ProposalService {
  constructor(
    private readonly storage: Storage,
    private readonly relay: Relay,
    private readonly policy: Policy,
    private readonly now: () => Date = () => new Date(),
    private readonly limits: ProposalLimits = HTTP_LIMITS,
  ) {}

  async create(
    user: UserRecord | null,
    documentId: string,
    input: { baseRevision: number; update: Uint8Array; summary: string },
  ): Promise<ProposalRecord> {
    await requireDocument(this.storage.catalog, this.policy, user, documentId, 'edit')
    if (input.update.byteLength > this.limits.maxProposalBytes) {
      throw new LimitError('proposalTooLarge', `A proposal may be at most ${this.limits.maxProposalBytes} bytes.`)
    }
    // Counted before the check too, so a person at the limit costs the checking worker nothing.
    const open = await this.storage.approvals.countOpenProposals(documentId, user?.id ?? '')
    if (
      open.total >= this.limits.maxOpenProposalsPerDocument ||
      open.theirs >= this.limits.maxOpenProposalsPerPersonPerDocument
    ) {
      throw this.tooMany()
    }
    const checked = await this.relay.updateChecker.check(input.update, {
      source: `proposal ${documentId}`,
      preview: true,
      references: true,
    })
    if (checked.problem !== null) throw new ApprovalError('invalid', 'The proposal is not a valid update.')
    // What a proposal may change is what an editor may: never the server-owned metadata.
    const verdict = await this.relay.read(content(documentId), (doc) =>
      metaRules.judge({
        doc,
        update: input.update,
        described: null,
        references: checked.references,
        waits: checked.needs !== null && willWait(doc, checked.needs),
        actor: PROPOSAL_ACTOR,
      }),
    )
    if (!verdict.ok) throw new ApprovalError('invalid', `The proposal cannot be carried over: ${verdict.problem}.`)
    const proposal: ProposalRecord = {
      id: createBlockId(),
      documentId,
      baseRevision: input.baseRevision,
      data: input.update,
      author: user ? { id: user.id, name: user.name } : { id: '', name: '' },
      createdAt: this.now().toISOString(),
      summary: input.summary,
      preview: checked.preview ?? '',
      status: 'open',
    }
    const stored = await this.storage.approvals.createProposal(proposal, {
      perDocument: this.limits.maxOpenProposalsPerDocument,
      perAuthor: this.limits.maxOpenProposalsPerPersonPerDocument,
    })
    if (!stored) throw this.tooMany()
    await this.log(user, 'proposalCreated', documentId, { proposal: proposal.id, baseRevision: input.baseRevision })
    return proposal
  }

  async list(user: UserRecord | null, documentId: string): Promise<ProposalRecord[]> {
    await requireDocument(this.storage.catalog, this.policy, user, documentId, 'read')
    return this.storage.approvals.listProposals(documentId)
  }

  /** Carries a proposal into the current draft (a coordinator's decision). */
  async apply(user: UserRecord | null, documentId: string, proposalId: string): Promise<void> {
    const record = await requireDocument(this.storage.catalog, this.policy, user, documentId, 'approve')
    if (record.status !== 'draft')
      throw new ApprovalError('conflict', 'Open a new revision first; an approved version never changes.')
    const proposal = await this.openProposal(documentId, proposalId)
    // Judged again against the draft it joins, by the relay's check and rules like any update.
    try {
      await this.relay.applyUpdate(content(documentId), proposal.data, {
        userId: user?.id ?? null,
        userName: user?.name ?? null,
        schemaVersion: SCHEMA_VERSION,
      })
    } catch (error) {
      if (!(error instanceof UpdateRefusedError)) throw error
      if (error.locked)
        throw new ApprovalError('conflict', 'Open a new revision first; an approved version never changes.')
      throw new ApprovalError('invalid', `The proposal cannot be carried into the draft: ${error.problem}.`)
    }
    await this.storage.approvals.setProposalStatus(proposalId, 'applied')
    await this.log(user, 'proposalApplied', documentId, { proposal: proposalId, revision: record.revision })
  }

  async dismiss(user: UserRecord | null, documentId: string, proposalId: string): Promise<void> {
    await requireDocument(this.storage.catalog, this.policy, user, documentId, 'approve')
    await this.openProposal(documentId, proposalId)
    await this.storage.approvals.setProposalStatus(proposalId, 'dismissed')
    await this.log(user, 'proposalDismissed', documentId, { proposal: proposalId })
  }

  private tooMany(): LimitError {
    return new LimitError(
      'tooManyProposals',
      `A document may have ${this.limits.maxOpenProposalsPerDocument} open proposals, ` +
        `${this.limits.maxOpenProposalsPerPersonPerDocument} of them one person's; a coordinator must handle some first.`,
      60,
    )
  }

  private async openProposal(documentId: string, proposalId: string): Promise<ProposalRecord> {
    const proposal = await this.storage.approvals.getProposal(proposalId)
    if (!proposal || proposal.documentId !== documentId) throw new ApprovalError('notFound', 'No proposal has that id.')
    if (proposal.status !== 'open') throw new ApprovalError('conflict', 'The proposal was already handled.')
    return proposal
  }

  private log(
    user: UserRecord | null,
    action: string,
    subject: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.storage.audit.record({
      at: this.now().toISOString(),
      actorId: user?.id ?? null,
      action,
      subject,
      details,
    })
  }
}
