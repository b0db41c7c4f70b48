import { z } from 'zod'
import { defineRoute } from '../api/route.js'
import { MAX_SEARCH_QUERY_LENGTH } from './searchText.js'

/** A piece of a snippet; `match` pieces are what the search found. */
export const textPartSchema = z.object({ text: z.string(), match: z.boolean() })

/** `GET /api/search/documents?q=`: what to find (every word, anywhere in title or text). */
export const documentSearchQuerySchema = z.object({
  q: z.string().max(MAX_SEARCH_QUERY_LENGTH).default(''),
})

/** One document the signed-in person may read that matched. */
export const documentSearchHitSchema = z.object({
  documentId: z.string(),
  /** The deciding body (organ) of a protocol's meeting header; '' when there is none. */
  body: z.string(),
  /** Whether a word was found in the title. */
  inTitle: z.boolean(),
  /** Where in the text a word was found; null when only the title matched (or no query). */
  snippet: z.array(textPartSchema).nullable(),
})
export type DocumentSearchHit = z.infer<typeof documentSearchHitSchema>

/**
 * The live documents (not in the trash) the person may read that match, in no particular order;
 * with an empty query every one of them, so a list can be filtered by body.
 */
export const documentSearchResultSchema = z.object({ hits: z.array(documentSearchHitSchema) })
export type DocumentSearchResult = z.infer<typeof documentSearchResultSchema>

/** Searching the documents' text on the server (for documents not stored on the device). */
export const SEARCH_ROUTES = {
  documents: defineRoute({
    method: 'GET',
    path: '/api/search/documents',
    query: documentSearchQuerySchema,
    response: documentSearchResultSchema,
  }),
} as const
