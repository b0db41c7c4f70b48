import { createHash } from 'node:crypto'
import { fragmentToJson, getBody, readDocumentMeta, type DocumentType, type JSONContent } from '@samskriv/shared'
import { canonicalContent, normalizeBody } from '@samskriv/shared/editor'
import type * as Y from 'yjs'

/** A document's content as approved: title, type and the schema-normalised body. */
export interface DocumentContent {
  readonly title: string
  readonly type: DocumentType
  readonly body: JSONContent
}

/** Reads a document's content from its Yjs state; throws for a room that is not a document. */
export function documentContent(doc: Y.Doc): DocumentContent {
  const meta = readDocumentMeta(doc)
  if (!meta) throw new Error('The room holds no document metadata.')
  return { title: meta.title, type: meta.type, body: normalizeBody(fragmentToJson(getBody(doc))) }
}

/** SHA-256 (hex) of the canonical content: what an approved version's hash is. */
export function contentHash(content: DocumentContent): string {
  return createHash('sha256').update(canonicalContent(content)).digest('hex')
}
