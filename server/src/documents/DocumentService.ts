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
import * as Y from 'yjs'
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

/** Who did it, for the audit log (null: open mode, or the server itself). */
type Actor = { readonly id: string } | null

/**
 * A new document's metadata and template as one update, written in a document of its own. Applied
 * in the room's edit, it is the only change there: Yjs counts a transaction that applies an update
 * as remote, and metadata the room's document wrote itself in that same transaction looked like
 * another client using its client id (Yjs printed a warning and changed the id).
 */
function initialState(id: DocumentId, type: DocumentType, title: string, template: boolean): Uint8Array {
  const doc = new Y.Doc()
  initializeDocumentMeta(doc, { type, title })
  // Idempotent: a device that created the document offline wrote the very same template. A device
  // that wrote other content (a protocol started from the previous one) asks for none.
  if (template) applyTemplate(doc, id, type)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/**
 * The document commands behind the HTTP API. The catalog lists documents; the Yjs document holds
 * their metadata, so every change of title goes through the relay and reaches open editors.
 */
export class DocumentService {
  constructor(
    private readonly catalog: DocumentCatalog,
    private readonly relay: Relay,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
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
  async create(
    input: {
      id?: DocumentId | undefined
      title: string
      type: DocumentType
      groupId?: string | null | undefined
      /** false: the creating device writes the content; only the metadata is written here. */
      template?: boolean | undefined
    },
    actor: Actor = null,
  ): Promise<{ created: boolean; document: DocumentRecord }> {
    const id = input.id ?? createDocumentId()
    const existing = await this.catalog.get(id)
    if (existing) {
      if (existing.type !== input.type) throw new DocumentConflictError(existing)
      return { created: false, document: existing }
    }
    const initial = initialState(id, input.type, input.title, input.template ?? true)
    let initialized = false
    await this.relay.edit(contentRoom(id), (doc) => {
      if (readDocumentMeta(doc)) return
      initialized = true
      Y.applyUpdate(doc, initial)
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
    if (await this.catalog.insert(document)) {
      await this.logCreated(actor, document)
      return { created: true, document }
    }
    // Registered meanwhile by the projector: the document arrived by sync first, or (on a slow
    // server) the projector saw this very creation first; then it is this creation, in its group.
    const registered = await this.catalog.get(id)
    if (!registered) throw new Error(`Document ${id} vanished while being created.`)
    if (registered.type !== input.type) throw new DocumentConflictError(registered)
    if (!initialized) return { created: false, document: registered }
    const created =
      registered.groupId !== null || document.groupId === null
        ? registered
        : ((await this.catalog.update(id, { groupId: document.groupId })) ?? registered)
    await this.logCreated(actor, created)
    return { created: true, document: created }
  }

  private async logCreated(actor: Actor, document: DocumentRecord): Promise<void> {
    await this.log(actor, 'documentCreated', document.id, {
      title: document.title,
      type: document.type,
      groupId: document.groupId,
    })
  }

  /** Renames a document, in the catalog and in the document's own metadata. */
  async rename(id: DocumentId, title: string, actor: Actor = null): Promise<DocumentRecord | null> {
    const before = await this.catalog.get(id)
    if (!before) return null
    await this.relay.edit(contentRoom(id), (doc) => setDocumentTitle(doc, title))
    const renamed = await this.catalog.update(id, { title, updatedAt: this.now().toISOString() })
    await this.log(actor, 'documentRenamed', id, { from: before.title, to: title })
    return renamed
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
      await this.log(actor, 'documentMoved', id, { groupId })
      this.relay.reconsider(null, new Set([id]))
    }
    return moved
  }

  /** Moves a document to the trash; its content stays stored and can be restored. */
  async trash(id: DocumentId, actor: Actor = null): Promise<DocumentRecord | null> {
    const existing = await this.catalog.get(id)
    if (!existing || existing.deletedAt !== null) return existing
    const trashed = await this.catalog.update(id, { deletedAt: this.now().toISOString() })
    await this.log(actor, 'documentTrashed', id, { title: existing.title, approvedVersion: existing.approvedVersion })
    return trashed
  }

  /** Takes a document out of the trash. */
  async restore(id: DocumentId, actor: Actor = null): Promise<DocumentRecord | null> {
    const existing = await this.catalog.get(id)
    if (!existing || existing.deletedAt === null) return existing
    const restored = await this.catalog.update(id, { deletedAt: null })
    await this.log(actor, 'documentRestored', id, { title: existing.title })
    return restored
  }

  private log(actor: Actor, action: string, subject: string, details: Record<string, unknown>): Promise<void> {
    return this.audit.record({ at: this.now().toISOString(), actorId: actor?.id ?? null, action, subject, details })
  }
}
