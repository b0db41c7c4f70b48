import {
  extractRegisters,
  parseDocumentId,
  SCHEMA_VERSION,
  type ActivityEntry,
  type JSONContent,
} from '@samskriv/shared'
import type { VersionRecord } from '../storage/ApprovalStore.js'

/** The activities of an approved version of a plan, as its text has them (read once, never changed). */
export function approvedActivities(version: VersionRecord): ActivityEntry[] {
  const documentId = parseDocumentId(version.documentId)
  if (documentId === null) return []
  const meta = {
    type: version.type,
    title: version.title,
    schemaVersion: SCHEMA_VERSION,
    lock: { state: 'approved' as const, version: version.number },
    revision: 1,
  }
  return extractRegisters(documentId, meta, JSON.parse(version.bodyJson) as JSONContent).activities
}
