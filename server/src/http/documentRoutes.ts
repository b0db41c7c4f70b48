import type { FastifyInstance } from 'fastify'
import {
  createDocumentRequestSchema,
  documentIdSchema,
  listDocumentsQuerySchema,
  renameDocumentRequestSchema,
  type DocumentListResponse,
  type DocumentSummary,
} from '@samskriv/shared'
import type { DocumentService } from '../documents/DocumentService.js'
import type { DocumentRecord } from '../storage/Storage.js'
import { ApiRequestError } from './ApiRequestError.js'
import { parseInput } from './parseInput.js'
import { presentDocument } from './presentDocument.js'

function found(record: DocumentRecord | null): DocumentSummary {
  if (!record) throw new ApiRequestError(404, 'not_found', 'No document has that id.')
  return presentDocument(record)
}

const idParam = (params: unknown) => parseInput(documentIdSchema, (params as { id?: unknown }).id, 'document id')

/** `/api/documents`: list, create, read, rename, move to trash, restore. */
export function documentRoutes(app: FastifyInstance, service: DocumentService): void {
  app.get('/api/documents', async (request): Promise<DocumentListResponse> => {
    const query = parseInput(listDocumentsQuerySchema, request.query, 'query')
    const records = await service.list(query.trashed === 'true')
    return { documents: records.map(presentDocument) }
  })

  app.post('/api/documents', async (request, reply): Promise<DocumentSummary> => {
    const input = parseInput(createDocumentRequestSchema, request.body, 'document')
    const { created, document } = await service.create(input)
    void reply.code(created ? 201 : 200)
    return presentDocument(document)
  })

  app.get('/api/documents/:id', async (request) => found(await service.get(idParam(request.params))))

  app.patch('/api/documents/:id', async (request) => {
    const id = idParam(request.params)
    const { title } = parseInput(renameDocumentRequestSchema, request.body, 'rename')
    return found(await service.rename(id, title))
  })

  app.delete('/api/documents/:id', async (request) => found(await service.trash(idParam(request.params))))

  app.post('/api/documents/:id/restore', async (request) => found(await service.restore(idParam(request.params))))
}
