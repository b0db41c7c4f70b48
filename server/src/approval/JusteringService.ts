import type { LockState, Room } from '@samskriv/shared'
import { eligibleSigners } from './eligibleSigners.js'
import * as Y from 'yjs'
import type { Policy } from '../policy/Policy.js'
import type { Relay } from '../relay/Relay.js'
import type { UserRecord } from '../storage/AccountStore.js'
import type { JusteringRecord } from '../storage/ApprovalStore.js'
import type { Storage } from '../storage/Storage.js'
import { ApprovalError } from './ApprovalError.js'
import type { ApprovalService } from './ApprovalService.js'
import { writeLock } from './ApprovalService.js'
import { contentHash, documentContent } from './documentContent.js'
import { requireDocument } from './requireDocument.js'
import type { SignOffProvider } from './SignOffProvider.js'

const content = (documentId: string): Room => ({ documentId: documentId as Room['documentId'], kind: 'content' })

/**
 * Justering, the Swedish way of approving minutes: a coordinator freezes the text; the chair and
 * the justerare each confirm the frozen text's hash from their own account (or send it back with a
 * comment, which unfreezes it); when all have confirmed, the frozen text is the approved version.
 */
export class JusteringService {
  constructor(
    private readonly storage: Storage,
    private readonly relay: Relay,
    private readonly policy: Policy,
    private readonly approvals: ApprovalService,
    private readonly signOff: SignOffProvider,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Freezes the protocol and asks the signers to confirm it. */
  async start(
    user: UserRecord | null,
    documentId: string,
    input: { signers: string[]; onBehalfOf: string },
  ): Promise<JusteringRecord> {
    const record = await requireDocument(this.storage.catalog, this.policy, user, documentId, 'approve')
    if (record.type !== 'protocol') throw new ApprovalError('conflict', 'Only protocols are approved by justering.')
    const signers = [...new Set(input.signers)]
    const eligible = new Set((await eligibleSigners(this.storage.accounts, record)).map((user) => user.id))
    for (const id of signers) {
      if (!eligible.has(id)) {
        throw new ApprovalError('invalid', `Signer ${id} is not an active member of the document's group.`)
      }
    }
    return this.relay.transition<JusteringRecord>(content(documentId), async (doc) => {
      const current = await this.storage.catalog.get(documentId)
      if (current?.status !== 'draft') throw new ApprovalError('conflict', 'Only a draft can be sent for justering.')
      const previous = await this.storage.approvals.currentJustering(documentId)
      const round = (previous?.round ?? 0) + 1
      const state = Y.encodeStateAsUpdate(doc)
      const hash = await contentHash(await documentContent(doc))
      const justering: JusteringRecord = {
        documentId,
        round,
        status: 'open',
        hash,
        state,
        onBehalfOf: input.onBehalfOf,
        startedBy: user ? { id: user.id, name: user.name } : { id: '', name: 'Samskriv' },
        startedAt: this.now().toISOString(),
        signers: signers.map((userId) => ({ userId, name: '', state: 'pending', comment: '', evidence: '', at: null })),
      }
      await this.storage.approvals.startJustering(justering)
      await this.approvals.log(user, 'justeringStarted', documentId, { round, hash: justering.hash, signers })
      const lock: LockState = { state: 'frozen', round }
      return { lock, revision: current.revision, meta: writeLock(lock), result: justering }
    })
  }

  /** Who may sign a justering of the document (coordinators ask, to choose among them). */
  async signers(user: UserRecord | null, documentId: string): Promise<UserRecord[]> {
    const record = await requireDocument(this.storage.catalog, this.policy, user, documentId, 'approve')
    return eligibleSigners(this.storage.accounts, record)
  }

  /** The current round, for anyone who may read the document. */
  async current(user: UserRecord | null, documentId: string): Promise<JusteringRecord | null> {
    await requireDocument(this.storage.catalog, this.policy, user, documentId, 'read')
    return this.storage.approvals.currentJustering(documentId)
  }

  /** A signer confirms the frozen text by its hash; the last confirmation approves it. */
  async confirm(user: UserRecord | null, documentId: string, hash: string): Promise<JusteringRecord> {
    const round = await this.openRoundFor(user, documentId)
    if (hash !== round.hash)
      throw new ApprovalError('conflict', 'The hash is not the frozen text’s; reload and check the text again.')
    const signer = user!
    const { evidence } = await this.signOff.confirm({
      user: signer,
      documentId,
      round: round.round,
      hash,
      at: this.now(),
    })
    await this.storage.approvals.answerJustering(documentId, round.round, {
      userId: signer.id,
      state: 'confirmed',
      comment: '',
      evidence,
      at: this.now().toISOString(),
    })
    await this.approvals.log(signer, 'justeringConfirmed', documentId, {
      round: round.round,
      hash,
      method: this.signOff.method,
    })
    const after = (await this.storage.approvals.currentJustering(documentId))!
    if (after.signers.every((s) => s.state === 'confirmed')) {
      // Two last confirmations at once both try to complete; the second finds it done.
      await this.complete(after).catch((error: unknown) => {
        if (!(error instanceof ApprovalError)) throw error
      })
    }
    return (await this.storage.approvals.currentJustering(documentId))!
  }

  /** A signer sends the text back with a comment: the round closes and the text can be edited again. */
  async sendBack(user: UserRecord | null, documentId: string, comment: string): Promise<JusteringRecord> {
    const round = await this.openRoundFor(user, documentId)
    const signer = user!
    await this.storage.approvals.answerJustering(documentId, round.round, {
      userId: signer.id,
      state: 'returned',
      comment,
      evidence: '',
      at: this.now().toISOString(),
    })
    await this.relay.transition(content(documentId), async () => {
      const current = await this.storage.catalog.get(documentId)
      await this.storage.approvals.returnJustering(documentId, round.round)
      await this.approvals.log(signer, 'justeringReturned', documentId, { round: round.round, comment })
      const lock: LockState = { state: 'draft' }
      return { lock, revision: current?.revision ?? 1, meta: writeLock(lock), result: null }
    })
    return (await this.storage.approvals.currentJustering(documentId))!
  }

  private async openRoundFor(user: UserRecord | null, documentId: string): Promise<JusteringRecord> {
    await requireDocument(this.storage.catalog, this.policy, user, documentId, 'read')
    const round = await this.storage.approvals.currentJustering(documentId)
    if (!round || round.status !== 'open')
      throw new ApprovalError('conflict', 'No justering is open for this document.')
    const signer = user ? round.signers.find((s) => s.userId === user.id) : undefined
    if (!signer) throw new ApprovalError('forbidden', 'You are not asked to confirm this protocol.')
    if (signer.state !== 'pending') throw new ApprovalError('conflict', 'You have already answered this round.')
    return round
  }

  /** All confirmed: the frozen text becomes the approved version, signed by them all. */
  private complete(round: JusteringRecord): Promise<unknown> {
    return this.relay.transition(content(round.documentId), async (doc) => {
      const current = await this.storage.catalog.get(round.documentId)
      if (current?.status !== 'justering') throw new ApprovalError('conflict', 'The justering is no longer open.')
      // The frozen state, exactly as the signers confirmed it.
      const frozen = new Y.Doc()
      Y.applyUpdate(frozen, round.state)
      if ((await contentHash(await documentContent(doc))) !== round.hash)
        throw new Error('The frozen text changed during justering.')
      const version = await this.approvals.versionOf(
        frozen,
        round.documentId,
        (current.approvedVersion ?? 0) + 1,
        null,
        {
          onBehalfOf: round.onBehalfOf,
          method: 'justering',
          decision: null,
          signedBy: round.signers.map((s) => ({ id: s.userId, name: s.name, at: s.at ?? this.now().toISOString() })),
        },
      )
      frozen.destroy()
      await this.storage.approvals.completeJustering(round.documentId, round.round, {
        ...version,
        approvedBy: round.startedBy,
      })
      await this.approvals.log(null, 'approved', round.documentId, {
        version: version.number,
        hash: version.hash,
        method: 'justering',
      })
      const lock: LockState = { state: 'approved', version: version.number }
      return { lock, revision: current.revision, meta: writeLock(lock), result: null }
    })
  }
}
