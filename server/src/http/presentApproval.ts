import { parseDocumentId, type Justering, type Proposal, type VersionSummary } from '@samskriv/shared'
import type { JusteringRecord, ProposalRecord, VersionRecord } from '../storage/ApprovalStore.js'

function decisionLink(decision: VersionRecord['decision']): VersionSummary['decision'] {
  const documentId = decision ? parseDocumentId(decision.documentId) : null
  return decision && documentId ? { documentId, decisionId: decision.decisionId } : null
}

export const presentVersion = (v: VersionRecord): VersionSummary => ({
  number: v.number,
  hash: v.hash,
  title: v.title,
  type: v.type,
  approvedAt: v.approvedAt,
  approvedBy: v.approvedBy,
  onBehalfOf: v.onBehalfOf,
  method: v.method,
  decision: decisionLink(v.decision),
  signedBy: v.signedBy,
})

export const presentJustering = (j: JusteringRecord): Justering => ({
  round: j.round,
  status: j.status,
  hash: j.hash,
  onBehalfOf: j.onBehalfOf,
  startedAt: j.startedAt,
  startedBy: j.startedBy,
  signers: j.signers.map((s) => ({ id: s.userId, name: s.name, state: s.state, comment: s.comment, at: s.at })),
})

export const presentProposal = (p: ProposalRecord): Proposal => ({
  id: p.id,
  baseRevision: p.baseRevision,
  author: p.author,
  createdAt: p.createdAt,
  summary: p.summary,
  status: p.status,
  preview: p.preview,
})
