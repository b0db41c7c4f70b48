import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { blockDefinition } from '../blocks/index.js'
import { getBody } from '../documentLayout.js'
import type { DocumentType } from '../documentTypes.js'
import { appendJsonToFragment } from '../yjs/jsonToFragment.js'
import { DOCUMENT_TEMPLATES } from './documentTemplates.js'
import { templateBlockId, templateClientId } from './templateIds.js'

/** Gives every typed block with an `id` attribute its deterministic template id. */
function assignIds(content: JSONContent[], documentId: string, counter = { n: 0 }): JSONContent[] {
  return content.map((node) => {
    const definition = node.type ? blockDefinition(node.type) : undefined
    const hasId = definition !== undefined && 'id' in definition.attributes.shape
    return {
      ...node,
      ...(hasId ? { attrs: { ...node.attrs, id: templateBlockId(documentId, counter.n++) } } : {}),
      ...(node.content ? { content: assignIds(node.content, documentId, counter) } : {}),
    }
  })
}

/** The template of a document type with this document's block ids, as ProseMirror JSON content. */
export function templateContent(documentId: string, type: DocumentType): JSONContent[] {
  return assignIds(DOCUMENT_TEMPLATES[type](), documentId)
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
