import {
  documentListResponseSchema,
  documentSummarySchema,
  type CreateDocumentRequest,
  type DocumentId,
  type DocumentSummary,
  type RenameDocumentRequest,
} from '@samskriv/shared'
import { jsonInit } from './jsonInit'
import { requestJson, type Fetch, type ResponseSchema } from './requestJson'

/** Which list: the live documents or the trash. */
export type DocumentListView = 'live' | 'trash'

/** The `/api/documents` endpoints, with responses validated against the shared schemas. */
export class DocumentsApi {
  constructor(
    private readonly baseUrl = '/api',
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
  ) {}

  /** Live documents (newest change first), or the trash. */
  async list(view: DocumentListView): Promise<DocumentSummary[]> {
    const query = view === 'trash' ? '?trashed=true' : ''
    const body = await this.request(`/documents${query}`, { method: 'GET' }, documentListResponseSchema)
    return body.documents
  }

  /** Registers a document; repeating it with the same id returns the existing document. */
  create(request: CreateDocumentRequest): Promise<DocumentSummary> {
    return this.request('/documents', jsonInit('POST', request), documentSummarySchema)
  }

  /** Renames a document. */
  rename(id: DocumentId, request: RenameDocumentRequest): Promise<DocumentSummary> {
    return this.request(`/documents/${id}`, jsonInit('PATCH', request), documentSummarySchema)
  }

  /** Gives a document to a group (administrators; documents from before accounts). */
  moveToGroup(id: DocumentId, groupId: string): Promise<DocumentSummary> {
    return this.request(`/documents/${id}/group`, jsonInit('PUT', { groupId }), documentSummarySchema)
  }

  /** One document, if this person may read it (404 otherwise). */
  get(id: DocumentId): Promise<DocumentSummary> {
    return this.request(`/documents/${id}`, { method: 'GET' }, documentSummarySchema)
  }

  /** Moves a document to the trash. */
  trash(id: DocumentId): Promise<DocumentSummary> {
    return this.request(`/documents/${id}`, { method: 'DELETE' }, documentSummarySchema)
  }

  /** Takes a document out of the trash. */
  restore(id: DocumentId): Promise<DocumentSummary> {
    return this.request(`/documents/${id}/restore`, { method: 'POST' }, documentSummarySchema)
  }

  private request<T>(path: string, init: RequestInit, schema: ResponseSchema<T>): Promise<T> {
    return requestJson(this.fetchImpl, `${this.baseUrl}${path}`, init, schema)
  }
}
