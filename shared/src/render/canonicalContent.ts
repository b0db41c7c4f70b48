import type { JSONContent } from '@tiptap/core'
import type { DocumentType } from '../documentTypes.js'
import { bodySchema } from '../editor/bodyExtensions.js'

let schema: ReturnType<typeof bodySchema> | null = null

/** JSON with object keys sorted, so equal content always gives the same string. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** The body normalised by the schema: every attribute present, defaults filled in. */
export function normalizeBody(body: JSONContent): JSONContent {
  schema ??= bodySchema()
  return schema.nodeFromJSON(body).toJSON() as JSONContent
}

/**
 * The canonical text of a document's content (title, type and normalised body) whose SHA-256 is
 * an approved version's hash: the same for the same content, whatever Yjs history produced it.
 */
export function canonicalContent(content: { title: string; type: DocumentType; body: JSONContent }): string {
  return sortedJson({ title: content.title, type: content.type, body: normalizeBody(content.body) })
}
