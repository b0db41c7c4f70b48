import type { DocumentId } from '@samskriv/shared'
import type { DocumentRecord } from '../storage/LocalDatabase'

/** Each record's revision (0 when it has none yet), as `planCacheReconciliation` compares them. */
export function recordRevisions(records: readonly DocumentRecord[]): Map<DocumentId, number> {
  return new Map(records.map((record) => [record.id, record.revision ?? 0]))
}
