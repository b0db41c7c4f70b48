import type { DocumentRecord } from '../storage/LocalDatabase'

/** The record with its revision raised by one: every write of a document record goes through it. */
export function withNextRevision(record: DocumentRecord): DocumentRecord {
  return { ...record, revision: (record.revision ?? 0) + 1 }
}
