import * as Y from 'yjs'
import { getBody, getMetaMap, schemaCompatibility, type SchemaCompatibility } from '@samskriv/shared'
import { findUnknownNodeNames } from './findUnknownNodeNames'

/** Why a document cannot be edited by this version of the app. */
export type SchemaConflictReason = 'documentVersion' | 'unknownBlocks' | 'refused' | 'contentError'

/**
 * Watches a document for content this version of the app cannot read: a newer schema version in
 * its metadata, or body elements the schema does not know. It must be created before any editor
 * is bound to the document: its body observer then runs before y-prosemirror's, and the listeners
 * it calls synchronously can unbind the editor before y-prosemirror deletes what it cannot parse.
 */
export class SchemaGuard {
  private conflict: SchemaConflictReason | null = null
  private readonly listeners = new Set<(reason: SchemaConflictReason) => void>()

  constructor(
    private readonly doc: Y.Doc,
    private readonly known: ReadonlySet<string>,
  ) {
    getBody(doc).observeDeep(this.handleBodyChange)
    getMetaMap(doc).observe(this.handleMetaChange)
  }

  /** Why the document cannot be edited here, or null while it can. */
  get conflictReason(): SchemaConflictReason | null {
    return this.conflict
  }

  /**
   * Checks the whole document (after loading it): `tooNew` when its schema version is newer or its
   * body holds unknown elements; otherwise whether it needs a migration first.
   */
  evaluate(): SchemaCompatibility {
    if (this.conflict !== null) return 'tooNew'
    const compatibility = schemaCompatibility(this.doc)
    if (compatibility === 'tooNew') {
      this.report('documentVersion')
      return 'tooNew'
    }
    if (findUnknownNodeNames([getBody(this.doc)], this.known).size > 0) {
      this.report('unknownBlocks')
      return 'tooNew'
    }
    return compatibility
  }

  /** Records a conflict found elsewhere (the relay's refusal, the editor's content check). */
  report(reason: SchemaConflictReason): void {
    if (this.conflict !== null) return
    this.conflict = reason
    for (const listener of this.listeners) listener(reason)
  }

  /** Calls `listener` synchronously when a conflict is found; returns the unsubscribe function. */
  onConflict(listener: (reason: SchemaConflictReason) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  destroy(): void {
    getBody(this.doc).unobserveDeep(this.handleBodyChange)
    getMetaMap(this.doc).unobserve(this.handleMetaChange)
    this.listeners.clear()
  }

  private readonly handleBodyChange = (events: Array<Y.YEvent<Y.XmlElement | Y.XmlText>>): void => {
    if (this.conflict !== null) return
    const inserted: Y.XmlElement[] = []
    for (const event of events) {
      for (const item of event.changes.added) {
        const type: unknown = item.content instanceof Y.ContentType ? item.content.type : null
        if (type instanceof Y.XmlElement) inserted.push(type as Y.XmlElement)
      }
    }
    if (inserted.length > 0 && findUnknownNodeNames(inserted, this.known).size > 0) this.report('unknownBlocks')
  }

  private readonly handleMetaChange = (): void => {
    if (this.conflict === null && schemaCompatibility(this.doc) === 'tooNew') this.report('documentVersion')
  }
}
