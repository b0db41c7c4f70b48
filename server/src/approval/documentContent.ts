import type * as Y from 'yjs'
import type * as NormalisedContent from './normalisedContent.js'
import { rawDocumentContent, type DocumentContent } from './rawDocumentContent.js'

export type { DocumentContent } from './rawDocumentContent.js'

type Normalising = typeof NormalisedContent
let normalising: Promise<Normalising> | null = null
/**
 * Tiptap and ProseMirror (what normalises a body by the schema) load on first use, an approval or
 * a justering, not when the server starts: most of a relay's life needs neither.
 */
const load = (): Promise<Normalising> => (normalising ??= import('./normalisedContent.js'))

/**
 * Reads a document's content from its Yjs state; throws for a room that is not a document. The
 * state is read at the call, before anything is awaited, so a change arriving meanwhile is not in it.
 */
export async function documentContent(doc: Y.Doc): Promise<DocumentContent> {
  const raw = rawDocumentContent(doc)
  return (await load()).normalisedContent(raw)
}

/** SHA-256 (hex) of the canonical content: what an approved version's hash is. */
export async function contentHash(content: DocumentContent): Promise<string> {
  return (await load()).hashContent(content)
}
