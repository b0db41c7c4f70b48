import { fragmentToJson, getBody, readDocumentMeta } from '@samskriv/shared'
import { canonicalContent, normalizeBody } from '@samskriv/shared/editor'
import type * as Y from 'yjs'

/**
 * The SHA-256 (hex) of this device's copy of a document, computed exactly as the server computes an
 * approved version's hash (canonical title, type and normalised body); null without metadata. A
 * signer's device checks with it that the frozen text it shows is the text it confirms.
 */
export async function localContentHash(doc: Y.Doc): Promise<string | null> {
  const meta = readDocumentMeta(doc)
  if (meta === null) return null
  const text = canonicalContent({
    title: meta.title,
    type: meta.type,
    body: normalizeBody(fragmentToJson(getBody(doc))),
  })
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}
