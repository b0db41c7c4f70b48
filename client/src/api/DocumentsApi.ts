import {
  DOCUMENT_ROUTES,
  type CreateDocumentRequest,
  type DocumentId,
  type DocumentSummary,
  type RenameDocumentRequest,
} from '@samskriv/shared'
import { callRoute } from './callRoute'
import type { Fetch } from './requestJson'

/** Which list: the live documents or the trash. */
export type DocumentListView = 'live' | 'trash'

/** The `/api/documents` endpoints, with responses validated against the shared schemas. */
export class DocumentsApi {
  constructor(private readonly fetchImpl: Fetch = (input, init) => fetch(input, init)) {}

  /** Live documents (newest change first), or the trash. */
  async list(view: DocumentListView): Promise<DocumentSummary[]> {
    const query = view === 'trash' ? { trashed: 'true' as const } : {}
    return (await callRoute(this.fetchImpl, DOCUMENT_ROUTES.list, { query })).documents
  }

  /** Registers a document; repeating it with the same id returns the existing document. */
  create(request: CreateDocumentRequest): Promise<DocumentSummary> {
    return callRoute(this.fetchImpl, DOCUMENT_ROUTES.create, { body: request })
  }

  /** Renames a document. */
  rename(id: DocumentId, request: RenameDocumentRequest): Promise<DocumentSummary> {
    return callRoute(this.fetchImpl, DOCUMENT_ROUTES.rename, { params: { id }, body: request })
  }

  /** Gives a document to a group (administrators; documents from before accounts). */
  moveToGroup(id: DocumentId, groupId: string): Promise<DocumentSummary> {
    return callRoute(this.fetchImpl, DOCUMENT_ROUTES.moveToGroup, { params: { id }, body: { groupId } })
  }

  /** One document, if this person may read it (404 otherwise). */
  get(id: DocumentId): Promise<DocumentSummary> {
    return callRoute(this.fetchImpl, DOCUMENT_ROUTES.get, { params: { id } })
  }

  /** Moves a document to the trash. */
  trash(id: DocumentId): Promise<DocumentSummary> {
    return callRoute(this.fetchImpl, DOCUMENT_ROUTES.trash, { params: { id } })
  }

  /** Takes a document out of the trash. */
  restore(id: DocumentId): Promise<DocumentSummary> {
    return callRoute(this.fetchImpl, DOCUMENT_ROUTES.restore, { params: { id } })
  }
}
