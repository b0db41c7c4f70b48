import * as Y from 'yjs'
import {
  applyPreviousProtocol,
  applyTemplate,
  createDocumentId,
  initializeDocumentMeta,
  titleSchema,
  type DocumentId,
  type DocumentSummary,
  type DocumentType,
} from '@samskriv/shared'
import { ApiRequestError } from '../api/ApiRequestError'
import type { DocumentListView, DocumentsApi } from '../api/DocumentsApi'
import type { DocumentRecord, LocalDatabase } from '../storage/LocalDatabase'
import type { JSONContent } from '@tiptap/core'
import { YDexiePersistence } from '../storage/YDexiePersistence'
import { forgetDocuments, type LostDocument } from './forgetDocuments'
import { fromServer, planCacheReconciliation, sameRecord } from './planCacheReconciliation'
import { pushPendingOperations } from './pushPendingOperations'
import { recordRevisions } from './recordRevisions'
import { withNextRevision } from './withNextRevision'

/** The fields of a listed document a command needs to create its cache record if missing. */
export type ListedDocument = Pick<DocumentSummary, 'id' | 'title' | 'type' | 'createdAt' | 'updatedAt' | 'deletedAt'>

/** The origin of the transaction that initialises a document created on this device. */
const CREATION_ORIGIN = Symbol('document creation')

/**
 * The document list's commands. Each one is applied on the device first (so it works offline)
 * and recorded as pending; {@link DocumentLibrary.pushPending} then sends what is pending to the
 * server at once, and the background sync again (with backoff) while anything stays pending.
 */
export class DocumentLibrary {
  private running: Promise<void> | null = null
  private runAgain = false
  private readonly confirmationListeners = new Set<(summary: DocumentSummary) => void>()
  private readonly pushFailedListeners = new Set<() => void>()

  constructor(
    private readonly db: LocalDatabase,
    private readonly api: DocumentsApi,
    /**
     * Whether the server decides who may read what (signed in on a server with accounts): then a
     * document the server's list leaves out may be one the person lost access to.
     */
    private readonly accessControlled: () => boolean = () => false,
  ) {}

  /**
   * Creates a document with an id chosen here, stores its initial Yjs state (metadata and the
   * type's template) on the device and registers it with the server when it can. Resolves with the
   * id once stored locally. With `previousProtocol` (the body JSON of a protocol), a protocol
   * starts from that previous meeting's protocol instead of the template (see `protocolFromPrevious`).
   */
  async create(input: {
    title: string
    type: DocumentType
    groupId?: string | null
    previousProtocol?: JSONContent | null
  }): Promise<DocumentId> {
    const previous = input.type === 'protocol' ? (input.previousProtocol ?? null) : null
    const id = createDocumentId()
    const title = titleSchema.parse(input.title)
    const now = new Date().toISOString()
    // The record goes first: if the tab dies before the Yjs state is stored, the pending
    // registration still creates the document (the server initialises its metadata itself).
    await this.db.documents.put({
      id,
      title,
      type: input.type,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      pendingRegistration: true,
      pendingTitle: null,
      pendingTrash: null,
      syncError: null,
      groupId: input.groupId ?? null,
      status: 'draft',
      approvedVersion: null,
      revision: 1,
      ...(previous !== null ? { withoutTemplate: true } : {}),
    })
    const doc = new Y.Doc()
    // Not counted as an unsynced change: registration writes the same metadata on the server.
    const persistence = new YDexiePersistence(this.db, id, doc, { isLocalChange: () => false, maxLoadAttempts: 3 })
    try {
      await persistence.whenLoaded
      initializeDocumentMeta(doc, { type: input.type, title }, CREATION_ORIGIN)
      if (previous !== null) applyPreviousProtocol(doc, id, previous, CREATION_ORIGIN)
      // The same template the server writes on registration; applying it twice keeps one copy.
      else applyTemplate(doc, id, input.type, CREATION_ORIGIN)
      await persistence.flush()
    } finally {
      persistence.destroy()
      doc.destroy()
    }
    this.pushInBackground()
    return id
  }

  /** Renames a document on this device and, when it can, on the server. */
  async rename(listed: ListedDocument, title: string): Promise<void> {
    const valid = titleSchema.parse(title)
    await this.update(listed, (record) => ({
      ...record,
      title: valid,
      pendingTitle: valid,
      syncError: null,
    }))
  }

  /** Moves a document to the trash. */
  async trash(listed: ListedDocument): Promise<void> {
    const now = new Date().toISOString()
    await this.update(listed, (record) => ({
      ...record,
      deletedAt: now,
      pendingTrash: 'trash',
      syncError: null,
    }))
  }

  /** Takes a document out of the trash. */
  async restore(listed: ListedDocument): Promise<void> {
    await this.update(listed, (record) => ({
      ...record,
      deletedAt: null,
      pendingTrash: 'restore',
      syncError: null,
    }))
  }

  /** Gives a document to a group on the server (online only) and records the answer. */
  async moveToGroup(id: DocumentId, groupId: string): Promise<void> {
    const summary = await this.api.moveToGroup(id, groupId)
    const { db } = this
    await db.transaction('rw', db.documents, async () => {
      const record = await db.documents.get(id)
      if (record !== undefined) await db.documents.put(withNextRevision({ ...record, groupId: summary.groupId }))
    })
    for (const listener of this.confirmationListeners) listener(summary)
  }

  /**
   * Fetches the server's list and brings the cached records in line with it — those not written
   * since the request went out: an answer can arrive after a confirmation it predates.
   */
  async refresh(view: DocumentListView): Promise<DocumentSummary[]> {
    const { db } = this
    const revisionsAtFetch = recordRevisions(await db.documents.toArray())
    const server = await this.api.list(view)
    await db.transaction('rw', db.documents, async () => {
      const records = await db.documents.toArray()
      const changed = planCacheReconciliation(records, server, view, new Date(), revisionsAtFetch)
      if (changed.length > 0) await db.documents.bulkPut(changed)
    })
    if (view === 'live' && this.accessControlled()) await this.forgetInaccessible(server)
    return server
  }

  /**
   * Removes the local copies of documents the person may no longer read: of the records the live
   * list leaves out (registered ones; the trash is not in it), those the server answers 403 or 404 for.
   */
  private async forgetInaccessible(server: readonly DocumentSummary[]): Promise<void> {
    const listed = new Set(server.map((summary) => summary.id))
    const missing = (await this.db.documents.toArray()).filter((r) => !listed.has(r.id) && !r.pendingRegistration)
    const lost: LostDocument[] = []
    for (const record of missing) {
      try {
        await this.api.get(record.id)
      } catch (error) {
        if (
          error instanceof ApiRequestError &&
          error.kind === 'rejected' &&
          (error.status === 403 || error.status === 404)
        ) {
          lost.push({ id: record.id, title: record.pendingTitle ?? record.title })
        } else if (!(error instanceof ApiRequestError)) throw error
      }
    }
    await forgetDocuments(this.db, lost)
  }

  /**
   * Sends pending operations to the server. Calls while a run is in progress are folded into one
   * more run after it. Rejects when the server could not be reached; what is pending stays.
   */
  pushPending(): Promise<void> {
    if (this.running) {
      this.runAgain = true
      return this.running
    }
    const run = async (): Promise<void> => {
      do {
        this.runAgain = false
        await pushPendingOperations(this.db, this.api, (summary) => {
          for (const listener of this.confirmationListeners) listener(summary)
        })
      } while (this.runAgain)
    }
    this.running = run().finally(() => {
      this.running = null
    })
    return this.running
  }

  /**
   * Calls `listener` with the server's answer to each pushed operation, so a list fetched before
   * can be patched without waiting for the next fetch. Returns the unsubscribe function.
   */
  onConfirmed(listener: (summary: DocumentSummary) => void): () => void {
    this.confirmationListeners.add(listener)
    return () => this.confirmationListeners.delete(listener)
  }

  /**
   * Calls `listener` when a push started by a command could not reach the server (or the server
   * asked to try later), so whoever retries knows there is something to retry. Returns the
   * unsubscribe function.
   */
  onPushFailed(listener: () => void): () => void {
    this.pushFailedListeners.add(listener)
    return () => this.pushFailedListeners.delete(listener)
  }

  /**
   * Records a document opened on this device (or updates its cached title and type from the
   * document's metadata). Returns the record, whose `pendingTitle` the caller may still have to
   * apply to the document.
   */
  async remember(id: DocumentId, meta: { title: string; type: DocumentType }): Promise<DocumentRecord> {
    const { db } = this
    return db.transaction('rw', db.documents, async () => {
      const existing = await db.documents.get(id)
      if (existing === undefined) {
        const now = new Date().toISOString()
        const record = withNextRevision(
          recordFromListed({
            id,
            ...meta,
            createdAt: now,
            updatedAt: now,
            deletedAt: null,
          }),
        )
        await db.documents.put(record)
        return record
      }
      if (existing.pendingTitle !== null || (existing.title === meta.title && existing.type === meta.type)) {
        return existing
      }
      const updated = withNextRevision({ ...existing, title: meta.title, type: meta.type })
      await db.documents.put(updated)
      return updated
    })
  }

  /**
   * Keeps what the server said of one document (its group, status and approved version) on its
   * record here, so a document opened by its link (never listed on this device) has them too.
   */
  async learn(summary: DocumentSummary): Promise<void> {
    const { db } = this
    await db.transaction('rw', db.documents, async () => {
      const record = await db.documents.get(summary.id)
      if (record === undefined) return
      const next = fromServer(record, summary)
      if (!sameRecord(next, record)) await db.documents.put(withNextRevision(next))
    })
  }

  private async update(listed: ListedDocument, change: (record: DocumentRecord) => DocumentRecord): Promise<void> {
    const { db } = this
    await db.transaction('rw', db.documents, async () => {
      const record = (await db.documents.get(listed.id)) ?? recordFromListed(listed)
      await db.documents.put(withNextRevision(change(record)))
    })
    this.pushInBackground()
  }

  private pushInBackground(): void {
    this.pushPending().catch((error: unknown) => {
      // Offline or the server is down: the operation stays pending and the background sync
      // pushes it once the server answers again.
      if (!(error instanceof ApiRequestError)) reportError(error)
      for (const listener of this.pushFailedListeners) listener()
    })
  }
}

function recordFromListed(listed: ListedDocument): DocumentRecord {
  return {
    id: listed.id,
    title: listed.title,
    type: listed.type,
    createdAt: listed.createdAt,
    updatedAt: listed.updatedAt,
    deletedAt: listed.deletedAt,
    pendingRegistration: false,
    pendingTitle: null,
    pendingTrash: null,
    syncError: null,
  }
}
