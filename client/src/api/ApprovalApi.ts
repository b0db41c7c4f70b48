import {
  DOCUMENT_ROUTES,
  JUSTERING_ROUTES,
  PROPOSAL_ROUTES,
  SIGNER_ROUTES,
  VERSION_EXPORT_FORMATS,
  VERSION_ROUTES,
  type DocumentId,
  type DocumentSummary,
  type Justering,
  type Proposal,
  type SignerCandidate,
  type VersionDetail,
  type VersionExportFormat,
  type VersionSummary,
} from '@samskriv/shared'
import { callRoute, callUrl } from './callRoute'
import { downloadRoute } from './downloadRoute'
import type { Fetch } from './requestJson'

/** The formats an approved version can be exported in (`…/versions/:n/export.<format>`). */
export const EXPORT_FORMATS = VERSION_EXPORT_FORMATS
export type ExportFormat = VersionExportFormat

/** What `POST /api/documents/:id/approve` takes. */
export interface ApproveInput {
  onBehalfOf: string
  decision?: { documentId: DocumentId; decisionId: string }
}

/** What `POST /api/documents/:id/proposals` takes. */
export interface ProposalInput {
  baseRevision: number
  /** The Yjs update, sent as the request's body. */
  update: Uint8Array
  summary: string
}

/**
 * Approval of a document on the server: its status, approved versions, justering, new revisions
 * and proposals. Answers validated against the shared schemas.
 */
export class ApprovalApi {
  constructor(private readonly fetchImpl: Fetch = (input, init) => fetch(input, init)) {}

  /** The document's status, revision and newest approved version. */
  document(id: DocumentId): Promise<DocumentSummary> {
    return callRoute(this.fetchImpl, DOCUMENT_ROUTES.get, { params: { id } })
  }

  /** Who may sign a justering of the document: the active members of its group. */
  async signers(id: DocumentId): Promise<SignerCandidate[]> {
    return (await callRoute(this.fetchImpl, SIGNER_ROUTES.list, { params: { id } })).signers
  }

  async versions(id: DocumentId): Promise<VersionSummary[]> {
    return (await callRoute(this.fetchImpl, VERSION_ROUTES.list, { params: { id } })).versions
  }

  version(id: DocumentId, number: number): Promise<VersionDetail> {
    return callRoute(this.fetchImpl, VERSION_ROUTES.get, { params: { id, number } })
  }

  /** Where the approved version `number` can be downloaded as a file. */
  exportUrl(id: DocumentId, number: number, format: ExportFormat): string {
    return callUrl(VERSION_ROUTES.export, { params: { id, number, format } })
  }

  /** Downloads an export of version `number`; rejects with an {@link ApiRequestError}. */
  async exportFile(id: DocumentId, number: number, format: ExportFormat): Promise<{ blob: Blob; fileName: string }> {
    const file = await downloadRoute(this.fetchImpl, VERSION_ROUTES.export, { params: { id, number, format } })
    return { blob: file.blob, fileName: file.fileName ?? `version-${number}.${format}` }
  }

  approve(id: DocumentId, input: ApproveInput): Promise<VersionSummary> {
    return callRoute(this.fetchImpl, VERSION_ROUTES.approve, { params: { id }, body: input })
  }

  /** Opens revision N+1 from the approved version N; answers the new revision's number. */
  async openRevision(id: DocumentId): Promise<number> {
    return (await callRoute(this.fetchImpl, VERSION_ROUTES.openRevision, { params: { id }, body: {} })).revision
  }

  async justering(id: DocumentId): Promise<Justering | null> {
    return (await callRoute(this.fetchImpl, JUSTERING_ROUTES.get, { params: { id } })).justering
  }

  async startJustering(id: DocumentId, input: { signers: string[]; onBehalfOf: string }): Promise<Justering> {
    return (await callRoute(this.fetchImpl, JUSTERING_ROUTES.start, { params: { id }, body: input })).justering
  }

  async confirmJustering(id: DocumentId, hash: string): Promise<Justering> {
    return (await callRoute(this.fetchImpl, JUSTERING_ROUTES.confirm, { params: { id }, body: { hash } })).justering
  }

  async sendBackJustering(id: DocumentId, comment: string): Promise<Justering> {
    return (await callRoute(this.fetchImpl, JUSTERING_ROUTES.sendBack, { params: { id }, body: { comment } })).justering
  }

  async proposals(id: DocumentId): Promise<Proposal[]> {
    return (await callRoute(this.fetchImpl, PROPOSAL_ROUTES.list, { params: { id } })).proposals
  }

  /** Sends the update itself as the body (no base64), its revision and summary in the query. */
  createProposal(id: DocumentId, input: ProposalInput): Promise<Proposal> {
    return callRoute(this.fetchImpl, PROPOSAL_ROUTES.create, {
      params: { id },
      query: { baseRevision: input.baseRevision, summary: input.summary },
      body: input.update as Uint8Array<ArrayBuffer>,
    })
  }

  async applyProposal(id: DocumentId, proposalId: string): Promise<void> {
    await callRoute(this.fetchImpl, PROPOSAL_ROUTES.apply, { params: { id, proposalId }, body: {} })
  }

  async dismissProposal(id: DocumentId, proposalId: string): Promise<void> {
    await callRoute(this.fetchImpl, PROPOSAL_ROUTES.dismiss, { params: { id, proposalId }, body: {} })
  }
}
