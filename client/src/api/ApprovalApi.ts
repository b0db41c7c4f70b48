import {
  documentSummarySchema,
  justeringActionResponseSchema,
  justeringResponseSchema,
  okResponseSchema,
  proposalListResponseSchema,
  proposalSchema,
  revisionResponseSchema,
  SIGNER_ROUTES,
  versionDetailSchema,
  versionListResponseSchema,
  versionSummarySchema,
  type DocumentId,
  type DocumentSummary,
  type Justering,
  type Proposal,
  type SignerCandidate,
  type VersionDetail,
  type VersionSummary,
} from '@samskriv/shared'
import { ApiRequestError } from './ApiRequestError'
import { callRoute } from './callRoute'
import { apiFailure, requestJson, type Fetch, type ResponseSchema } from './requestJson'

/** The formats an approved version can be exported in (`…/versions/:n/export.<format>`). */
export const EXPORT_FORMATS = ['pdf', 'md', 'html'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

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
  constructor(
    private readonly baseUrl = '/api',
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
  ) {}

  /** The document's status, revision and newest approved version. */
  document(id: DocumentId): Promise<DocumentSummary> {
    return this.get(`/documents/${id}`, documentSummarySchema)
  }

  /** Who may sign a justering of the document: the active members of its group. */
  async signers(id: DocumentId): Promise<SignerCandidate[]> {
    return (await callRoute(this.fetchImpl, SIGNER_ROUTES.list, { params: { id } })).signers
  }

  async versions(id: DocumentId): Promise<VersionSummary[]> {
    return (await this.get(`/documents/${id}/versions`, versionListResponseSchema)).versions
  }

  version(id: DocumentId, number: number): Promise<VersionDetail> {
    return this.get(`/documents/${id}/versions/${number}`, versionDetailSchema)
  }

  /** Where the approved version `number` can be downloaded as a file. */
  exportUrl(id: DocumentId, number: number, format: ExportFormat): string {
    return `${this.baseUrl}/documents/${id}/versions/${number}/export.${format}`
  }

  /** Downloads an export of version `number`; rejects with an {@link ApiRequestError}. */
  async exportFile(id: DocumentId, number: number, format: ExportFormat): Promise<{ blob: Blob; fileName: string }> {
    let response: Response
    try {
      response = await this.fetchImpl(this.exportUrl(id, number, format), { method: 'GET' })
    } catch (error) {
      throw new ApiRequestError('network', 'The server could not be reached', null, null, { cause: error })
    }
    if (!response.ok) throw apiFailure(response.status, await response.json().catch(() => null))
    const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1]
    return { blob: await response.blob(), fileName: named ?? `version-${number}.${format}` }
  }

  approve(id: DocumentId, input: ApproveInput): Promise<VersionSummary> {
    return this.post(`/documents/${id}/approve`, input, versionSummarySchema)
  }

  /** Opens revision N+1 from the approved version N; answers the new revision's number. */
  async openRevision(id: DocumentId): Promise<number> {
    return (await this.post(`/documents/${id}/revisions`, {}, revisionResponseSchema)).revision
  }

  async justering(id: DocumentId): Promise<Justering | null> {
    return (await this.get(`/documents/${id}/justering`, justeringResponseSchema)).justering
  }

  async startJustering(id: DocumentId, input: { signers: string[]; onBehalfOf: string }): Promise<Justering> {
    return (await this.post(`/documents/${id}/justering`, input, justeringActionResponseSchema)).justering
  }

  async confirmJustering(id: DocumentId, hash: string): Promise<Justering> {
    return (await this.post(`/documents/${id}/justering/confirm`, { hash }, justeringActionResponseSchema)).justering
  }

  async sendBackJustering(id: DocumentId, comment: string): Promise<Justering> {
    return (await this.post(`/documents/${id}/justering/return`, { comment }, justeringActionResponseSchema)).justering
  }

  async proposals(id: DocumentId): Promise<Proposal[]> {
    return (await this.get(`/documents/${id}/proposals`, proposalListResponseSchema)).proposals
  }

  createProposal(id: DocumentId, input: ProposalInput): Promise<Proposal> {
    const query = new URLSearchParams({ baseRevision: String(input.baseRevision), summary: input.summary })
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: input.update as Uint8Array<ArrayBuffer>,
    }
    return requestJson(this.fetchImpl, `${this.baseUrl}/documents/${id}/proposals?${query}`, init, proposalSchema)
  }

  async applyProposal(id: DocumentId, proposalId: string): Promise<void> {
    await this.post(`/documents/${id}/proposals/${encodeURIComponent(proposalId)}/apply`, {}, okResponseSchema)
  }

  async dismissProposal(id: DocumentId, proposalId: string): Promise<void> {
    await this.post(`/documents/${id}/proposals/${encodeURIComponent(proposalId)}/dismiss`, {}, okResponseSchema)
  }

  private get<T>(path: string, schema: ResponseSchema<T>): Promise<T> {
    return requestJson(this.fetchImpl, `${this.baseUrl}${path}`, { method: 'GET', cache: 'no-store' }, schema)
  }

  private post<T>(path: string, body: unknown, schema: ResponseSchema<T>): Promise<T> {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
    return requestJson(this.fetchImpl, `${this.baseUrl}${path}`, init, schema)
  }
}
