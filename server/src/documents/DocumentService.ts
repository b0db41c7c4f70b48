import {
  fragmentToJson,
  getBody,
  parseDocumentId,
  referencedDocuments,
  applyTemplate,
  createDocumentId,
  initializeDocumentMeta,
  readDocumentMeta,
  setDocumentTitle,
  type DocumentId,
  type DocumentType,
  type Room,
} from '@samskriv/shared'
import type { Relay } from '../relay/Relay.js'
import type { AuditLog } from '../storage/AccountStore.js'
import { newDocumentRecord, type DocumentCatalog, type DocumentRecord } from '../storage/Storage.js'

/** The document exists with another type than the one asked for. */
export class DocumentConflictError extends Error {
  constructor(readonly existing: DocumentRecord) {
    super(`Document ${existing.id} already exists as a ${existing.type}.`)
    this.name = 'DocumentConflictError'
  }
}

const contentRoom = (documentId: DocumentId): Room => ({ documentId, kind: 'content' })

/**
 * The document commands behind the HTTP API. The catalog lists documents; the Yjs document holds
 * their metadata, so every change of title goes through the relay and reaches open editors.
 */
export class DocumentService {
  constructor(
    private readonly catalog: DocumentCatalog,
    private readonly relay: Relay,
    private readonly now: () => Date = () => new Date(),
    private readonly audit?: AuditLog,
  ) {}

  list(trashed: boolean): Promise<DocumentRecord[]> {
    return this.catalog.list({ trashed })
  }

  get(id: DocumentId): Promise<DocumentRecord | null> {
    return this.catalog.get(id)
  }

  /**
   * Creates (registers) a document. Idempotent for a client-chosen id: a second call, or a call
   * after the document already arrived by sync, answers the existing document.
   */
  async create(input: {
    id?: DocumentId | undefined
    title: string
    type: DocumentType
    groupId?: string | null | undefined
  }): Promise<{ created: boolean; document: DocumentRecord }> {
    const id = input.id ?? createDocumentId()
    const existing = await this.catalog.get(id)
    if (existing) {
      if (existing.type !== input.type) throw new DocumentConflictError(existing)
      return { created: false, document: existing }
    }
    let initialized = false
    await this.relay.edit(contentRoom(id), (doc) => {
      if (readDocumentMeta(doc)) return
      initialized = true
      initializeDocumentMeta(doc, { type: input.type, title: input.title })
      // Idempotent: a device that created the document offline wrote the very same template.
      applyTemplate(doc, id, input.type)
    })
    const meta = await this.relay.read(contentRoom(id), readDocumentMeta)
    const at = this.now().toISOString()
    const document = newDocumentRecord({
      id,
      type: meta?.type ?? input.type,
      title: meta?.title ?? input.title,
      at,
      groupId: input.groupId ?? null,
    })
    if (await this.catalog.insert(document)) return { created: true, document }
    // Registered meanwhile by the projector: the document arrived by sync first, or (on a slow
    // server) the projector saw this very creation first; then it is this creation, in its group.
    const registered = await this.catalog.get(id)
    if (!registered) throw new Error(`Document ${id} vanished while being created.`)
    if (registered.type !== input.type) throw new DocumentConflictError(registered)
    if (!initialized || registered.groupId !== null || document.groupId === null) {
      return { created: initialized, document: registered }
    }
    return { created: true, document: (await this.catalog.update(id, { groupId: document.groupId })) ?? registered }
  }

  /** Renames a document, in the catalog and in the document's own metadata. */
  async rename(id: DocumentId, title: string): Promise<DocumentRecord | null> {
    if (!(await this.catalog.get(id))) return null
    await this.relay.edit(contentRoom(id), (doc) => setDocumentTitle(doc, title))
    return this.catalog.update(id, { title, updatedAt: this.now().toISOString() })
  }

  /** The Samskriv documents this document refers to. */
  referencedDocuments(id: string): Promise<DocumentId[]> {
    const documentId = parseDocumentId(id)
    if (!documentId) return Promise.resolve([])
    return this.relay.read(contentRoom(documentId), (doc) => referencedDocuments(fragmentToJson(getBody(doc))))
  }

  /** Gives a document to a group; everyone connected to it is judged again by their new rights. */
  async moveToGroup(id: string, groupId: string, actor: { id: string } | null): Promise<DocumentRecord | null> {
    const moved = await this.catalog.update(id, { groupId })
    if (moved) {
      await this.audit?.record({
        at: this.now().toISOString(),
        actorId: actor?.id ?? null,
        action: 'documentMoved',
        subject: id,
        details: { groupId },
      })
      this.relay.reconsider(null, new Set([id]))
    }
    return moved
  }

  /** Moves a document to the trash; its content stays stored and can be restored. */
  async trash(id: DocumentId): Promise<DocumentRecord | null> {
    const existing = await this.catalog.get(id)
    if (!existing || existing.deletedAt !== null) return existing
    return this.catalog.update(id, { deletedAt: this.now().toISOString() })
  }

  /** Takes a document out of the trash. */
  restore(id: DocumentId): Promise<DocumentRecord | null> {
    return this.catalog.update(id, { deletedAt: null })
  }
}
