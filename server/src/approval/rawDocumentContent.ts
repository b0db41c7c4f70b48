import { fragmentToJson, getBody, readDocumentMeta, type DocumentType, type JSONContent } from '@samskriv/shared'
import type * as Y from 'yjs'

/** A document's content as approved: title, type and the schema-normalised body. */
export interface DocumentContent {
  readonly title: string
  readonly type: DocumentType
  readonly body: JSONContent
}

/** A document's title, type and body as stored, not yet normalised; throws for a room that is not a document. */
export function rawDocumentContent(doc: Y.Doc): DocumentContent {
  const meta = readDocumentMeta(doc)
  if (!meta) throw new Error('The room holds no document metadata.')
  return { title: meta.title, type: meta.type, body: fragmentToJson(getBody(doc)) }
}
