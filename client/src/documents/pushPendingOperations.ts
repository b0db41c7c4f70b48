import type { DocumentId, DocumentSummary } from '@samskriv/shared'
import { ApiRequestError } from '../api/ApiRequestError'
import type { DocumentsApi } from '../api/DocumentsApi'
import type { DocumentRecord, LocalDatabase, PendingTrashOperation } from '../storage/LocalDatabase'
import { withNextRevision } from './withNextRevision'

/** What the server confirmed with one answer. */
interface Confirmation {
  title?: string
  trash?: PendingTrashOperation
}

/** A pending operation of a record. */
type Operation = 'registration' | 'title' | 'trash'

/**
 * Sends every list operation this device has not got confirmed — registration (`POST` with the
 * document's own id, so repeating it is harmless), rename, trash and restore — in that order per
 * document. Throws at the first failure worth retrying (no answer, 5xx, 408, 429, an answer that is
 * not the API's); the caller retries later. The API's refusal (its own 4xx error) is recorded on
 * the document by its error code and the refused operation is dropped, except registration, which
 * stays pending so the document is not lost from the list.
 */
export async function pushPendingOperations(
  db: LocalDatabase,
  api: DocumentsApi,
  onConfirmed: (summary: DocumentSummary) => void = () => {},
): Promise<void> {
  const pending = await db.documents
    .filter((r) => r.pendingRegistration || r.pendingTitle !== null || r.pendingTrash !== null)
    .toArray()
  for (const record of pending) {
    await pushRecord(db, api, record, async (id, summary, confirmation) => {
      await confirm(db, id, summary, confirmation)
      onConfirmed(summary)
    })
  }
}

type Confirm = (id: DocumentId, summary: DocumentSummary, confirmed: Confirmation) => Promise<void>

async function pushRecord(
  db: LocalDatabase,
  api: DocumentsApi,
  record: DocumentRecord,
  confirm: Confirm,
): Promise<void> {
  const { id } = record
  if (record.pendingRegistration) {
    const title = record.pendingTitle ?? record.title
    const registered = await attempt(db, id, 'registration', async () => {
      const groupId = record.groupId ?? undefined
      const template = record.withoutTemplate === true ? { template: false } : {}
      const request = { id, title, type: record.type, ...(groupId ? { groupId } : {}), ...template }
      await confirm(id, await api.create(request), { title })
    })
    if (!registered) return
  }
  const renamed = await db.documents.get(id)
  if (renamed !== undefined && renamed.pendingTitle !== null) {
    const title = renamed.pendingTitle
    await attempt(db, id, 'title', async () => {
      await confirm(id, await api.rename(id, { title }), { title })
    })
  }
  const moved = await db.documents.get(id)
  if (moved !== undefined && moved.pendingTrash !== null) {
    const trash = moved.pendingTrash
    await attempt(db, id, 'trash', async () => {
      await confirm(id, trash === 'trash' ? await api.trash(id) : await api.restore(id), { trash })
    })
  }
}

/** Runs one operation; records a refusal and returns false, rethrows anything retryable. */
async function attempt(
  db: LocalDatabase,
  id: DocumentId,
  operation: Operation,
  run: () => Promise<void>,
): Promise<boolean> {
  try {
    await run()
    return true
  } catch (error) {
    if (!(error instanceof ApiRequestError) || error.retryable) throw error
    await recordRefusal(db, id, operation, error)
    return false
  }
}

/** Applies the server's answer; a pending value changed meanwhile stays pending. */
async function confirm(
  db: LocalDatabase,
  id: DocumentId,
  summary: DocumentSummary,
  confirmed: Confirmation,
): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    const record = await db.documents.get(id)
    if (!record) return
    const pendingTitle = record.pendingTitle === confirmed.title ? null : record.pendingTitle
    const pendingTrash = record.pendingTrash === confirmed.trash ? null : record.pendingTrash
    await db.documents.put(
      withNextRevision({
        ...record,
        title: pendingTitle ?? summary.title,
        type: summary.type,
        createdAt: summary.createdAt,
        updatedAt: summary.updatedAt,
        deletedAt: pendingTrash === null ? summary.deletedAt : record.deletedAt,
        groupId: summary.groupId,
        status: summary.status,
        approvedVersion: summary.approvedVersion,
        pendingRegistration: false,
        pendingTitle,
        pendingTrash,
        syncError: null,
      }),
    )
  })
}

async function recordRefusal(
  db: LocalDatabase,
  id: DocumentId,
  operation: Operation,
  error: ApiRequestError,
): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    const record = await db.documents.get(id)
    if (!record) return
    await db.documents.put(
      withNextRevision({
        ...record,
        pendingTitle: operation === 'title' ? null : record.pendingTitle,
        pendingTrash: operation === 'trash' ? null : record.pendingTrash,
        // The code, not the server's (English) message: the list describes it from the catalogue.
        syncError: error.code ?? 'rejected',
      }),
    )
  })
}
