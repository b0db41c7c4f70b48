import { createHash } from 'node:crypto'
import { canonicalContent, normalizeBody } from '@samskriv/shared/editor'
import type * as Y from 'yjs'
import { rawDocumentContent, type DocumentContent } from './rawDocumentContent.js'

/**
 * The content hashing that needs the body schema (Tiptap and ProseMirror), synchronous: the
 * snapshot worker imports it; the relay's thread loads it on first use through documentContent.ts.
 */

/** The content with its body normalised by the schema (every attribute present, defaults filled in). */
export function normalisedContent(raw: DocumentContent): DocumentContent {
  return { ...raw, body: normalizeBody(raw.body) }
}

/** A document's normalised content, read now. */
export function documentContentNow(doc: Y.Doc): DocumentContent {
  return normalisedContent(rawDocumentContent(doc))
}

/** SHA-256 (hex) of the canonical content: what an approved version's hash is. */
export function hashContent(content: DocumentContent): string {
  return createHash('sha256').update(canonicalContent(content)).digest('hex')
}
