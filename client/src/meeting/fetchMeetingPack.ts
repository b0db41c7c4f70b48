import { DOCUMENT_ROUTES, type DocumentId, type DocumentSummary } from '@samskriv/shared'
import { callRoute } from '../api/callRoute'
import type { Fetch } from '../api/requestJson'

/**
 * `GET /api/documents/:id/meeting-pack`: the documents a meeting needs (the protocol, what it
 * refers to and its group's action plans), as far as this person may read them.
 */
export async function fetchMeetingPack(
  documentId: DocumentId,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
): Promise<DocumentSummary[]> {
  return (await callRoute(fetchImpl, DOCUMENT_ROUTES.meetingPack, { params: { id: documentId } })).documents
}
