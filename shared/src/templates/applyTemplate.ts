import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { blockDefinition } from '../blocks/index.js'
import { getBody } from '../documentLayout.js'
import type { DocumentType } from '../documentTypes.js'
import { appendJsonToFragment } from '../yjs/jsonToFragment.js'
import { DOCUMENT_TEMPLATES } from './documentTemplates.js'
import { protocolFromPrevious } from './previousProtocol.js'
import { templateBlockId, templateClientId } from './templateIds.js'

/** Gives every typed block with an `id` attribute its deterministic template id. */
export function withBlockIds(content: JSONContent[], documentId: string, counter = { n: 0 }): JSONContent[] {
  return content.map((node) => {
    const definition = node.type ? blockDefinition(node.type) : undefined
    const hasId = definition !== undefined && 'id' in definition.attributes.shape
    return {
      ...node,
      ...(hasId ? { attrs: { ...node.attrs, id: templateBlockId(documentId, counter.n++) } } : {}),
      ...(node.content ? { content: withBlockIds(node.content, documentId, counter) } : {}),
    }
  })
}

/** The template of a document type with this document's block ids, as ProseMirror JSON content. */
export function templateContent(documentId: string, type: DocumentType): JSONContent[] {
  return withBlockIds(DOCUMENT_TEMPLATES[type](), documentId)
}

/**
 * The template of a new document as a Yjs update. It depends only on the document id and type, and
 * is written with a client id derived from the document id: however many devices apply it, and in
 * whatever order, the document holds it once.
 */
export function buildTemplateUpdate(documentId: string, type: DocumentType): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = templateClientId(documentId)
  appendJsonToFragment(getBody(doc), templateContent(documentId, type))
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/** Applies a document type's template to a new document (idempotent, see {@link buildTemplateUpdate}). */
export function applyTemplate(doc: Y.Doc, documentId: string, type: DocumentType, origin?: unknown): void {
  Y.applyUpdate(doc, buildTemplateUpdate(documentId, type), origin)
}

/**
 * Writes a new protocol started from a body's previous protocol (see {@link protocolFromPrevious})
 * into a new document instead of the template. Written by this device alone: the server is told
 * not to write the template on registration (`template: false`), so the two never add up.
 */
export function applyPreviousProtocol(
  doc: Y.Doc,
  documentId: string,
  previousBody: JSONContent,
  origin?: unknown,
): void {
  const content = withBlockIds(protocolFromPrevious(previousBody), documentId)
  doc.transact(() => appendJsonToFragment(getBody(doc), content), origin)
}
