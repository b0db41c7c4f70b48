import { getMetaMap, META_KEYS, renderHtml, type LockState, type Room } from '@samskriv/shared'
import * as Y from 'yjs'
import type { Policy } from '../policy/Policy.js'
import type { Relay } from '../relay/Relay.js'
import type { UserRecord } from '../storage/AccountStore.js'
import type { Storage } from '../storage/Storage.js'
import type { VersionRecord } from '../storage/ApprovalStore.js'
import { registersOf } from '../documents/RegisterProjector.js'
import { ApprovalError } from './ApprovalError.js'
import { contentHash, documentContent } from './documentContent.js'
import { requireDocument } from './requireDocument.js'

/** Writes the lock (and revision) into a document's metadata, so every client sees it. */
export const writeLock = (lock: LockState, revision?: number) => (doc: Y.Doc) => {
  const meta = getMetaMap(doc)
  meta.set(META_KEYS.lock, lock)
  if (revision !== undefined) meta.set(META_KEYS.revision, revision)
}

const content = (documentId: string): Room => ({ documentId: documentId as Room['documentId'], kind: 'content' })

/**
 * Approval by a coordinator (action plans and guidance), new revisions, and reading versions.
 * Every step that changes the lock runs as a relay transition: updates that arrived before it are
 * in the version, updates after it are refused.
 */
export class ApprovalService {
  constructor(
    private readonly storage: Storage,
    private readonly relay: Relay,
    private readonly policy: Policy,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Approves the current text as the next version, on behalf of a body, optionally linked to a decision. */
  async approve(
    user: UserRecord | null,
    documentId: string,
    input: { onBehalfOf: string; decision?: { documentId: string; decisionId: string } | undefined },
  ): Promise<VersionRecord> {
    const record = await requireDocument(this.storage.catalog, this.policy, user, documentId, 'approve')
    if (record.type === 'protocol') throw new ApprovalError('conflict', 'A protocol is approved by justering.')
    if (input.decision) await this.requireDecision(user, input.decision)
    return this.relay.transition<VersionRecord>(content(documentId), async (doc) => {
      const current = await this.storage.catalog.get(documentId)
      if (current?.status !== 'draft') throw new ApprovalError('conflict', 'Only a draft can be approved.')
      const version = await this.versionOf(doc, documentId, (current.approvedVersion ?? 0) + 1, user, {
        onBehalfOf: input.onBehalfOf,
        method: 'coordinator',
        decision: input.decision ?? null,
        signedBy: [],
      })
      await this.storage.approvals.recordVersion(version)
      await this.log(user, 'approved', documentId, {
        version: version.number,
        hash: version.hash,
        onBehalfOf: input.onBehalfOf,
      })
      const lock: LockState = { state: 'approved', version: version.number }
      return { lock, revision: current.revision, meta: writeLock(lock), result: version }
    })
  }

  /** Opens revision N+1 from the approved version N; version N stays as it was approved. */
  async openRevision(user: UserRecord | null, documentId: string): Promise<number> {
    await requireDocument(this.storage.catalog, this.policy, user, documentId, 'approve')
    return this.relay.transition<number>(content(documentId), async () => {
      const current = await this.storage.catalog.get(documentId)
      if (current?.status !== 'approved')
        throw new ApprovalError('conflict', 'A new revision opens from an approved version.')
      const revision = current.revision + 1
      await this.storage.approvals.openRevision(documentId, revision)
      await this.log(user, 'revisionOpened', documentId, { revision, from: current.approvedVersion })
      const lock: LockState = { state: 'draft' }
      return { lock, revision, meta: writeLock(lock, revision), result: revision }
    })
  }

  /** The decision a version links to must exist, in a protocol the approver can read. */
  private async requireDecision(
    user: UserRecord | null,
    link: { documentId: string; decisionId: string },
  ): Promise<void> {
    const protocol = await requireDocument(this.storage.catalog, this.policy, user, link.documentId, 'read').catch(
      () => null,
    )
    const found =
      protocol?.type === 'protocol' &&
      (await this.relay.read(content(link.documentId), (doc) =>
        registersOf(link.documentId, doc).decisions.some((d) => d.id === link.decisionId),
      ))
    if (!found) throw new ApprovalError('invalid', 'The linked decision does not exist in a protocol you can read.')
  }

  async listVersions(user: UserRecord | null, documentId: string): Promise<VersionRecord[]> {
    await requireDocument(this.storage.catalog, this.policy, user, documentId, 'read')
    return this.storage.approvals.listVersions(documentId)
  }

  async getVersion(user: UserRecord | null, documentId: string, number: number): Promise<VersionRecord> {
    await requireDocument(this.storage.catalog, this.policy, user, documentId, 'read')
    const version = await this.storage.approvals.getVersion(documentId, number)
    if (!version) throw new ApprovalError('notFound', 'No version has that number.')
    return version
  }

  /** The record of an approved version of this document's current (or given) state. */
  async versionOf(
    doc: Y.Doc,
    documentId: string,
    number: number,
    user: UserRecord | null,
    how: Pick<VersionRecord, 'onBehalfOf' | 'method' | 'decision' | 'signedBy'>,
  ): Promise<VersionRecord> {
    const state = Y.encodeStateAsUpdate(doc)
    const approved = await documentContent(doc)
    return {
      documentId,
      number,
      state,
      bodyJson: JSON.stringify(approved.body),
      html: renderHtml(approved.body),
      title: approved.title,
      type: approved.type,
      hash: await contentHash(approved),
      approvedBy: user ? { id: user.id, name: user.name } : { id: '', name: 'Samskriv' },
      approvedAt: this.now().toISOString(),
      ...how,
    }
  }

  log(user: UserRecord | null, action: string, subject: string, details: Record<string, unknown>): Promise<void> {
    return this.storage.audit.record({
      at: this.now().toISOString(),
      actorId: user?.id ?? null,
      action,
      subject,
      details,
    })
  }
}
