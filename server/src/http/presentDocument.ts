import type { DocumentSummary } from '@samskriv/shared'
import { parseDocumentId } from '@samskriv/shared'
import type { DocumentRecord } from '../storage/Storage.js'

/** The API's view of a stored document. */
export function presentDocument(record: DocumentRecord): DocumentSummary {
  const id = parseDocumentId(record.id)
  if (!id) throw new Error(`Stored document id ${JSON.stringify(record.id)} is not valid.`)
  return {
    id,
    title: record.title,
    type: record.type,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    deletedAt: record.deletedAt,
    groupId: record.groupId,
    status: record.status,
    revision: record.revision,
    approvedVersion: record.approvedVersion,
  }
}
