import { documentListResponseSchema, type DocumentId, type DocumentSummary } from '@samskriv/shared'
import { requestJson, type Fetch } from '../api/requestJson'

/**
 * `GET /api/documents/:id/meeting-pack`: the documents a meeting needs (the protocol, what it
 * refers to and its group's action plans), as far as this person may read them.
 */
export async function fetchMeetingPack(
  documentId: DocumentId,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
): Promise<DocumentSummary[]> {
  const body = await requestJson(
    fetchImpl,
    `/api/documents/${documentId}/meeting-pack`,
    { method: 'GET' },
    documentListResponseSchema,
  )
  return body.documents
}
