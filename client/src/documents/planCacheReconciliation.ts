import type { DocumentId, DocumentSummary } from '@samskriv/shared'
import type { DocumentListView } from '../api/DocumentsApi'
import type { DocumentRecord } from '../storage/LocalDatabase'
import { withNextRevision } from './withNextRevision'

/**
 * The cached records that change after the server listed `view`: each listed document takes the
 * server's fields (except a title or trash state this device has not got confirmed yet) and
 * counts as registered; a cached document the server no longer lists in this view moved to the
 * other one elsewhere, so it follows (its trash time is then the time we noticed). Records with
 * operations still pending keep their local state.
 *
 * The list answers for the moment it was fetched, so only records as they were then may take it:
 * `revisionsAtFetch` holds each record's revision read just before the request went out, and a
 * record written since (a registration, rename or trash move confirmed meanwhile, a document
 * opened meanwhile) is left alone — the older answer would undo it. Returns only records that
 * changed, each with its revision raised.
 */
export function planCacheReconciliation(
  records: readonly DocumentRecord[],
  server: readonly DocumentSummary[],
  view: DocumentListView,
  now: Date,
  revisionsAtFetch: ReadonlyMap<DocumentId, number>,
): DocumentRecord[] {
  const summaryById = new Map(server.map((summary) => [summary.id, summary]))
  const changed: DocumentRecord[] = []
  for (const record of records) {
    if (revisionsAtFetch.get(record.id) !== (record.revision ?? 0)) continue
    const summary = summaryById.get(record.id)
    const next = summary ? fromServer(record, summary) : missingFromView(record, view, now)
    if (next !== record && !sameRecord(next, record)) changed.push(withNextRevision(next))
  }
  return changed
}

/** A cached record updated with the server's summary of its document (a pending title or trash move kept). */
export function fromServer(record: DocumentRecord, summary: DocumentSummary): DocumentRecord {
  return {
    ...record,
    title: record.pendingTitle ?? summary.title,
    type: summary.type,
    createdAt: summary.createdAt,
    updatedAt: summary.updatedAt,
    deletedAt: record.pendingTrash === null ? summary.deletedAt : record.deletedAt,
    pendingRegistration: false,
    groupId: summary.groupId,
    status: summary.status,
    approvedVersion: summary.approvedVersion,
  }
}

function missingFromView(record: DocumentRecord, view: DocumentListView, now: Date): DocumentRecord {
  if (record.pendingRegistration || record.pendingTrash !== null) return record
  if (view === 'live' && record.deletedAt === null) return { ...record, deletedAt: now.toISOString() }
  if (view === 'trash' && record.deletedAt !== null) return { ...record, deletedAt: null }
  return record
}

/** Whether two records hold the same values. */
export function sameRecord(a: DocumentRecord, b: DocumentRecord): boolean {
  return (Object.keys(a) as (keyof DocumentRecord)[]).every((key) => a[key] === b[key])
}
