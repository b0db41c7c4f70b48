import type { ApprovalStore, JusteringRecord, ProposalLimits, ProposalRecord, VersionRecord } from './ApprovalStore.js'
import type { DocumentCatalog, DocumentRecord, DocumentRecordPatch } from './Storage.js'

/** Versions, justering and proposals in memory (tests). */
export class MemoryApprovalStore implements ApprovalStore {
  private readonly versions = new Map<string, VersionRecord[]>()
  private readonly justerings = new Map<string, JusteringRecord[]>()
  private readonly proposals = new Map<string, ProposalRecord>()

  constructor(private readonly catalog: DocumentCatalog) {}

  async recordVersion(version: VersionRecord): Promise<DocumentRecord> {
    const list = this.versions.get(version.documentId) ?? []
    if (list.some((v) => v.number === version.number)) throw new Error('approved versions never change')
    this.versions.set(version.documentId, [...list, version])
    return this.patch(version.documentId, { status: 'approved', approvedVersion: version.number })
  }

  listVersions = (documentId: string) => Promise.resolve([...(this.versions.get(documentId) ?? [])].reverse())
  getVersion = (documentId: string, number: number) =>
    Promise.resolve(this.versions.get(documentId)?.find((v) => v.number === number) ?? null)

  async startJustering(justering: JusteringRecord): Promise<DocumentRecord> {
    this.justerings.set(justering.documentId, [...(this.justerings.get(justering.documentId) ?? []), justering])
    return this.patch(justering.documentId, { status: 'justering' })
  }

  currentJustering = (documentId: string) => Promise.resolve(this.justerings.get(documentId)?.at(-1) ?? null)

  answerJustering(
    documentId: string,
    round: number,
    a: { userId: string; state: 'confirmed' | 'returned'; comment: string; evidence: string; at: string },
  ): Promise<void> {
    this.replaceRound(documentId, round, (j) => ({
      ...j,
      signers: j.signers.map((s) => (s.userId === a.userId && s.state === 'pending' ? { ...s, ...a } : s)),
    }))
    return Promise.resolve()
  }

  async returnJustering(documentId: string, round: number): Promise<DocumentRecord> {
    this.replaceRound(documentId, round, (j) => ({ ...j, status: 'returned' }))
    return this.patch(documentId, { status: 'draft' })
  }

  async completeJustering(documentId: string, round: number, version: VersionRecord): Promise<DocumentRecord> {
    this.replaceRound(documentId, round, (j) => ({ ...j, status: 'completed' }))
    return this.recordVersion(version)
  }

  openRevision = (documentId: string, revision: number) => this.patch(documentId, { status: 'draft', revision })

  async createProposal(proposal: ProposalRecord, limits: ProposalLimits): Promise<boolean> {
    const open = await this.countOpenProposals(proposal.documentId, proposal.author.id)
    if (open.total >= limits.perDocument || open.theirs >= limits.perAuthor) return false
    this.proposals.set(proposal.id, proposal)
    return true
  }

  countOpenProposals(documentId: string, authorId: string): Promise<{ total: number; theirs: number }> {
    const open = [...this.proposals.values()].filter((p) => p.documentId === documentId && p.status === 'open')
    return Promise.resolve({ total: open.length, theirs: open.filter((p) => p.author.id === authorId).length })
  }

  listProposals = (documentId: string) =>
    Promise.resolve([...this.proposals.values()].filter((p) => p.documentId === documentId))
  getProposal = (id: string) => Promise.resolve(this.proposals.get(id) ?? null)

  setProposalStatus(id: string, status: 'applied' | 'dismissed'): Promise<void> {
    const proposal = this.proposals.get(id)
    if (proposal?.status === 'open') this.proposals.set(id, { ...proposal, status })
    return Promise.resolve()
  }

  private replaceRound(documentId: string, round: number, change: (j: JusteringRecord) => JusteringRecord): void {
    this.justerings.set(
      documentId,
      (this.justerings.get(documentId) ?? []).map((j) => (j.round === round ? change(j) : j)),
    )
  }

  private async patch(documentId: string, patch: DocumentRecordPatch): Promise<DocumentRecord> {
    const record = await this.catalog.update(documentId, patch)
    if (!record) throw new Error(`document ${documentId} does not exist`)
    return record
  }
}
