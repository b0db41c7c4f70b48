import { nanoid } from 'nanoid'
import { z } from 'zod'

/** A document id: 1–64 characters from the URL-safe alphabet `A–Z a–z 0–9 _ -`. */
export type DocumentId = string & { readonly __brand: 'DocumentId' }

/** Longest accepted document id, in characters. */
export const MAX_DOCUMENT_ID_LENGTH = 64

const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]+$/

/**
 * The one parser of document ids, used by the relay (room paths), the HTTP API and the client.
 * Returns null for anything else: empty, too long, `..`, `/`, NUL, spaces or non-ASCII.
 */
export function parseDocumentId(value: unknown): DocumentId | null {
  if (typeof value !== 'string') return null
  if (value.length === 0 || value.length > MAX_DOCUMENT_ID_LENGTH) return null
  return DOCUMENT_ID_PATTERN.test(value) ? (value as DocumentId) : null
}

/** A new random document id (21 URL-safe characters, ~126 bits), safe to create offline. */
export function createDocumentId(): DocumentId {
  return nanoid<DocumentId>()
}

/** Zod schema for a document id, for request bodies and route parameters. */
export const documentIdSchema = z.string().transform((value, ctx) => {
  const id = parseDocumentId(value)
  if (id === null) {
    ctx.addIssue({
      code: 'custom',
      message: `A document id is 1–${MAX_DOCUMENT_ID_LENGTH} characters of A–Z, a–z, 0–9, _ and -`,
    })
    return z.NEVER
  }
  return id
})

/** A new block id (decision, activity, agenda item…): unique across documents, safe offline. */
export function createBlockId(): string {
  return nanoid()
}
