import {
  apiErrorSchema,
  documentListResponseSchema,
  documentSummarySchema,
  type CreateDocumentRequest,
  type DocumentId,
  type DocumentSummary,
  type RenameDocumentRequest,
} from '@samskriv/shared'
import { ApiRequestError } from './ApiRequestError'

/** Which list: the live documents or the trash. */
export type DocumentListView = 'live' | 'trash'

type Fetch = (input: string, init?: RequestInit) => Promise<Response>

/** What is used of a zod schema (kept structural so the client needs no zod import). */
interface ResponseSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false }
}

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

  /** Moves a document to the trash. */
  trash(id: DocumentId): Promise<DocumentSummary> {
    return this.request(`/documents/${id}`, { method: 'DELETE' }, documentSummarySchema)
  }

  /** Takes a document out of the trash. */
  restore(id: DocumentId): Promise<DocumentSummary> {
    return this.request(`/documents/${id}/restore`, { method: 'POST' }, documentSummarySchema)
  }

  private async request<T>(path: string, init: RequestInit, schema: ResponseSchema<T>): Promise<T> {
    let response: Response
    try {
      response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        ...init,
        headers: { accept: 'application/json', ...init.headers },
      })
    } catch (error) {
      throw new ApiRequestError('network', 'The server could not be reached', null, null, {
        cause: error,
      })
    }
    const body: unknown = await response.json().catch(() => null)
    if (!response.ok) {
      const parsed = apiErrorSchema.safeParse(body)
      const kind = response.status >= 500 ? 'server' : 'rejected'
      const message = parsed.success ? parsed.data.error.message : `HTTP ${response.status}`
      const code = parsed.success ? parsed.data.error.code : null
      throw new ApiRequestError(kind, message, response.status, code)
    }
    const parsed = schema.safeParse(body)
    if (!parsed.success) {
      throw new ApiRequestError('invalidResponse', 'The server sent an unexpected answer', response.status)
    }
    return parsed.data
  }
}

function jsonInit(method: string, body: unknown): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}
