import type { JSONContent } from '@tiptap/core'
import { parseDocumentId, type DocumentId } from '../documentId.js'

/** A link into Samskriv: `/dokument/<id>` (optionally with a host and a `#block`). */
const DOCUMENT_LINK = /\/dokument\/([A-Za-z0-9_-]{1,64})(?:[#?]|$)/

/**
 * The Samskriv documents a body refers to: links to `/dokument/<id>` in the text and in
 * attachments, and the documents its decisions approve. In document order, without repeats.
 */
export function referencedDocuments(body: JSONContent): DocumentId[] {
  const found = new Set<DocumentId>()
  const add = (value: unknown) => {
    if (typeof value !== 'string') return
    const id = parseDocumentId(DOCUMENT_LINK.exec(value)?.[1] ?? value.trim())
    if (id) found.add(id)
  }
  const visit = (node: JSONContent) => {
    for (const mark of node.marks ?? [])
      if (mark.type === 'link') add(DOCUMENT_LINK.exec(String(mark.attrs?.href ?? ''))?.[0])
    const attrs = node.attrs ?? {}
    if (Array.isArray(attrs.attachments)) {
      for (const attachment of attrs.attachments as Array<{ href?: unknown }>) {
        if (typeof attachment.href === 'string') add(DOCUMENT_LINK.exec(attachment.href)?.[0])
      }
    }
    const approved = attrs.approvedDocument as { documentId?: unknown } | null | undefined
    if (node.type === 'decision' && approved && typeof approved.documentId === 'string' && approved.documentId !== '')
      add(approved.documentId)
    for (const child of node.content ?? []) visit(child)
  }
  visit(body)
  return [...found]
}
