import type { DocumentId, DocumentStatus, DocumentSummary, DocumentType } from '@samskriv/shared'
import type { DocumentListView } from '../api/DocumentsApi'
import type { DocumentRecord, DocumentSyncState } from '../storage/LocalDatabase'

/** One row of the document list. */
export interface DocumentListRow {
  id: DocumentId
  title: string
  type: DocumentType
  /** ISO time it was registered (or created on this device). */
  createdAt: string
  /** ISO time of the last change known on this device (server or local, whichever is later). */
  updatedAt: string
  deletedAt: string | null
  /** Changes or list operations of this device that the server has not confirmed. */
  unsynced: boolean
  /** The document's content is stored on this device and opens offline. */
  storedLocally: boolean
  /** Created on this device, not yet registered with the server. */
  pendingRegistration: boolean
  /** The server's refusal of a pending operation, or null. */
  syncError: string | null
  /** The group that owns it; null for documents from before accounts (or not known yet). */
  groupId: string | null
  /** Draft, in justering or approved. */
  status: DocumentStatus
  /** The newest approved version's number, or null. */
  approvedVersion: number | null
}

/** What the list is built from. */
export interface DocumentListSources {
  /** The server's list for `view`; null when it could not be fetched (offline). */
  server: readonly DocumentSummary[] | null
  /** Documents opened or created on this device. */
  records: readonly DocumentRecord[]
  syncStates: readonly DocumentSyncState[]
  view: DocumentListView
}

type ListedFields = Pick<DocumentSummary, 'id' | 'title' | 'type' | 'createdAt' | 'updatedAt' | 'deletedAt'> &
  Partial<Pick<DocumentSummary, 'groupId' | 'status' | 'approvedVersion'>>

/**
 * The rows of the list: the server's documents with this device's unconfirmed operations laid
 * over them, plus documents only this device knows (not yet registered, or moved locally into
 * this view). A cached document the server no longer lists in this view is left out: it was
 * moved to the trash or restored elsewhere. Offline, only documents stored on the device are
 * listed, since only those can be opened. Newest change first.
 */
export function mergeDocumentList(sources: DocumentListSources): DocumentListRow[] {
  const { server, records, syncStates, view } = sources
  const recordById = new Map(records.map((record) => [record.id, record]))
  const stateById = new Map(syncStates.map((state) => [state.documentId, state]))
  const rows: DocumentListRow[] = []
  const listedByServer = new Set<DocumentId>()

  for (const summary of server ?? []) {
    listedByServer.add(summary.id)
    const row = toRow(summary, recordById.get(summary.id), stateById.get(summary.id))
    if (isInView(row, view)) rows.push(row)
  }
  for (const record of records) {
    if (listedByServer.has(record.id)) continue
    const row = toRow(record, record, stateById.get(record.id))
    if (!isInView(row, view)) continue
    const include =
      server === null
        ? row.storedLocally || record.pendingRegistration
        : record.pendingRegistration || movedHereLocally(record, view)
    if (include) rows.push(row)
  }
  return rows.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.title.localeCompare(b.title))
}

function toRow(
  listed: ListedFields,
  record: DocumentRecord | undefined,
  state: DocumentSyncState | undefined,
): DocumentListRow {
  const hasUnacknowledgedChanges = state !== undefined && Object.keys(state.pendingWriters).length > 0
  const pendingOperation =
    record !== undefined && (record.pendingRegistration || record.pendingTitle !== null || record.pendingTrash !== null)
  return {
    id: listed.id,
    title: record?.pendingTitle ?? listed.title,
    type: listed.type,
    createdAt: listed.createdAt,
    updatedAt: latest(listed.updatedAt, state?.lastLocalChangeAt ?? null),
    deletedAt: effectiveDeletedAt(listed, record),
    unsynced: hasUnacknowledgedChanges || pendingOperation,
    storedLocally: state !== undefined,
    pendingRegistration: record?.pendingRegistration ?? false,
    syncError: record?.syncError ?? null,
    groupId: listed.groupId ?? record?.groupId ?? null,
    status: listed.status ?? record?.status ?? 'draft',
    approvedVersion: listed.approvedVersion ?? record?.approvedVersion ?? null,
  }
}

function effectiveDeletedAt(listed: ListedFields, record: DocumentRecord | undefined): string | null {
  switch (record?.pendingTrash) {
    case 'trash':
      return record.deletedAt ?? listed.updatedAt
    case 'restore':
      return null
    default:
      return listed.deletedAt
  }
}

function movedHereLocally(record: DocumentRecord, view: DocumentListView): boolean {
  return view === 'trash' ? record.pendingTrash === 'trash' : record.pendingTrash === 'restore'
}

function isInView(row: DocumentListRow, view: DocumentListView): boolean {
  return view === 'trash' ? row.deletedAt !== null : row.deletedAt === null
}

function latest(a: string, b: string | null): string {
  return b !== null && Date.parse(b) > Date.parse(a) ? b : a
}
