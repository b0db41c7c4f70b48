import { createBlockId, SCHEMA_VERSION, type Room } from '@samskriv/shared'
import * as Y from 'yjs'
import type { Policy } from '../policy/Policy.js'
import type { Relay } from '../relay/Relay.js'
import type { UserRecord } from '../storage/AccountStore.js'
import type { ProposalRecord } from '../storage/ApprovalStore.js'
import type { Storage } from '../storage/Storage.js'
import { metaUpdateProblem } from '../documents/metaUpdateProblem.js'
import { ApprovalError } from './ApprovalError.js'
import { requireDocument } from './requireDocument.js'

const content = (documentId: string): Room => ({ documentId: documentId as Room['documentId'], kind: 'content' })

/** The text a Yjs update inserts, for a coordinator to see what a proposal adds. */
export function insertedText(update: Uint8Array): string {
  const { structs } = Y.decodeUpdate(update)
  const parts: string[] = []
  for (const struct of structs) {
    const content = (struct as { content?: { str?: unknown } }).content
    if (content && typeof content.str === 'string') parts.push(content.str)
  }
  return parts.join('').slice(0, 2000)
}

/**
 * Proposals: edits a device made offline to a document that was approved (or moved to a newer
 * revision) meanwhile. They are kept, never applied silently; a coordinator can carry one into
 * the current draft, where it merges like any other edit.
 */
export class ProposalService {
  constructor(
    private readonly storage: Storage,
    private readonly relay: Relay,
    private readonly policy: Policy,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(
    user: UserRecord | null,
    documentId: string,
    input: { baseRevision: number; update: Uint8Array; summary: string },
  ): Promise<ProposalRecord> {
    await requireDocument(this.storage.catalog, this.policy, user, documentId, 'edit')
    let preview: string
    try {
      preview = insertedText(input.update)
    } catch {
      throw new ApprovalError('invalid', 'The proposal is not a valid update.')
    }
    await this.relay.read(content(documentId), (doc) => this.refuseServerOwned(doc, input.update))
    const proposal: ProposalRecord = {
      id: createBlockId(),
      documentId,
      baseRevision: input.baseRevision,
      data: input.update,
      author: user ? { id: user.id, name: user.name } : { id: '', name: '' },
      createdAt: this.now().toISOString(),
      summary: input.summary,
      preview,
      status: 'open',
    }
    await this.storage.approvals.createProposal(proposal)
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
    // Judged again against the draft it joins: what a proposal may change is what an editor may.
    await this.relay.edit(content(documentId), (doc) => {
      this.refuseServerOwned(doc, proposal.data)
      Y.applyUpdate(doc, proposal.data)
    })
    await this.storage.approvals.setProposalStatus(proposalId, 'applied')
    await this.log(user, 'proposalApplied', documentId, { proposal: proposalId, revision: record.revision })
  }

  async dismiss(user: UserRecord | null, documentId: string, proposalId: string): Promise<void> {
    await requireDocument(this.storage.catalog, this.policy, user, documentId, 'approve')
    await this.openProposal(documentId, proposalId)
    await this.storage.approvals.setProposalStatus(proposalId, 'dismissed')
    await this.log(user, 'proposalDismissed', documentId, { proposal: proposalId })
  }

  /** A proposal may not touch the document's server-owned metadata (type, lock, revision). */
  private refuseServerOwned(doc: Y.Doc, update: Uint8Array): void {
    let problem: string | null
    try {
      problem = metaUpdateProblem(doc, update, SCHEMA_VERSION)
    } catch {
      problem = 'the proposal is not a valid update'
    }
    if (problem !== null) throw new ApprovalError('invalid', `The proposal cannot be carried over: ${problem}.`)
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
