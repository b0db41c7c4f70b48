import * as Y from 'yjs'
import {
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
import { YDexiePersistence } from '../storage/YDexiePersistence'
import { planCacheReconciliation } from './planCacheReconciliation'
import { pushPendingOperations } from './pushPendingOperations'

/** The fields of a listed document a command needs to create its cache record if missing. */
export type ListedDocument = Pick<DocumentSummary, 'id' | 'title' | 'type' | 'createdAt' | 'updatedAt' | 'deletedAt'>

/** The origin of the transaction that initialises a document created on this device. */
const CREATION_ORIGIN = Symbol('document creation')

/**
 * The document list's commands. Each one is applied on the device first (so it works offline)
 * and recorded as pending; {@link DocumentLibrary.pushPending} then sends what is pending to the
 * server, now and again whenever the caller sees the network return.
 */
export class DocumentLibrary {
  private running: Promise<void> | null = null
  private runAgain = false
  private readonly confirmationListeners = new Set<(summary: DocumentSummary) => void>()

  constructor(
    private readonly db: LocalDatabase,
    private readonly api: DocumentsApi,
  ) {}

  /**
   * Creates a document with an id chosen here, stores its initial Yjs state (metadata and the
   * type's template) on the device and registers it with the server when it can. Resolves with the
   * id once stored locally.
   */
  async create(input: { title: string; type: DocumentType }): Promise<DocumentId> {
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
    })
    const doc = new Y.Doc()
    // Not counted as an unsynced change: registration writes the same metadata on the server.
    const persistence = new YDexiePersistence(this.db, id, doc, { isLocalChange: () => false })
    try {
      await persistence.whenLoaded
      initializeDocumentMeta(doc, { type: input.type, title }, CREATION_ORIGIN)
      // The same template the server writes on registration; applying it twice keeps one copy.
      applyTemplate(doc, id, input.type, CREATION_ORIGIN)
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

  /** Fetches the server's list and brings the cached records in line with it. */
  async refresh(view: DocumentListView): Promise<DocumentSummary[]> {
    const server = await this.api.list(view)
    const { db } = this
    await db.transaction('rw', db.documents, async () => {
      const changed = planCacheReconciliation(await db.documents.toArray(), server, view, new Date())
      if (changed.length > 0) await db.documents.bulkPut(changed)
    })
    return server
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
        const record = recordFromListed({
          id,
          ...meta,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        })
        await db.documents.put(record)
        return record
      }
      if (existing.pendingTitle !== null || (existing.title === meta.title && existing.type === meta.type)) {
        return existing
      }
      const updated = { ...existing, title: meta.title, type: meta.type }
      await db.documents.put(updated)
      return updated
    })
  }

  private async update(listed: ListedDocument, change: (record: DocumentRecord) => DocumentRecord): Promise<void> {
    const { db } = this
    await db.transaction('rw', db.documents, async () => {
      const record = (await db.documents.get(listed.id)) ?? recordFromListed(listed)
      await db.documents.put(change(record))
    })
    this.pushInBackground()
  }

  private pushInBackground(): void {
    this.pushPending().catch((error: unknown) => {
      // Offline or the server is down: the operation stays pending and is pushed on `online`.
      if (!(error instanceof ApiRequestError)) reportError(error)
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
