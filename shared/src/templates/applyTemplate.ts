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

/**
 * Each type's template edition: raised whenever a template's content changes. A template is
 * written with a client id and block ids derived from the document id, so that devices writing it
 * concurrently write the same items; a changed template written under the same ids would be
 * different content under one Yjs item id, which Yjs cannot merge. A new edition derives other
 * ids: a device of an older version and one of this version then each add their own edition
 * (the document holds both, visibly, instead of diverging silently).
 */
const TEMPLATE_EDITIONS: Record<DocumentType, number> = { protocol: 2, actionPlan: 1, guidance: 1 }

/** The key a document's template ids derive from (the document id itself for first editions). */
function templateKey(documentId: string, type: DocumentType): string {
  const edition = TEMPLATE_EDITIONS[type]
  return edition === 1 ? documentId : `${documentId}@${type}.${edition}`
}

/** The template of a document type with this document's block ids, as ProseMirror JSON content. */
export function templateContent(documentId: string, type: DocumentType): JSONContent[] {
  return withBlockIds(DOCUMENT_TEMPLATES[type](), templateKey(documentId, type))
}

/**
 * The template of a new document as a Yjs update. It depends only on the document id and type, and
 * is written with a client id derived from the document id: however many devices apply it, and in
 * whatever order, the document holds it once.
 */
export function buildTemplateUpdate(documentId: string, type: DocumentType): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = templateClientId(templateKey(documentId, type))
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
