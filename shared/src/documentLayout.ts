import type * as Y from 'yjs'
import { z } from 'zod'
import { documentTypeSchema, type DocumentType } from './documentTypes.js'

/**
 * The layout of a document's Yjs state, written down once. Every document has exactly these roots:
 *
 * - `body` (Y.XmlFragment): the rich-text body that Tiptap edits.
 * - `meta` (Y.Map): the keys of {@link DocumentMeta} below.
 *
 * Typed blocks, approval and annotations build on these names; changing one is a schema migration.
 */
export const DOCUMENT_ROOTS = {
  body: 'body',
  meta: 'meta',
} as const

/** The keys of the `meta` map. */
export const META_KEYS = {
  type: 'type',
  title: 'title',
  schemaVersion: 'schemaVersion',
  lock: 'lock',
  revision: 'revision',
} as const

/**
 * The version of the body schema (block types and their attributes) this code reads and writes.
 * A document records the version it was last written with; a client older than that must not edit.
 */
export const SCHEMA_VERSION = 3

/** Longest title, in characters. */
export const MAX_TITLE_LENGTH = 200

/** A document title: trimmed, 1–200 characters. */
export const titleSchema = z.string().trim().min(1).max(MAX_TITLE_LENGTH)

/**
 * Whether the content may change. `draft`: open for editing. `frozen`: in justering, the text is
 * fixed while the named persons confirm it. `approved`: locked as approved version `version`.
 * The relay refuses content changes unless `draft` (the server's record is authoritative; this
 * copy tells clients).
 */
export const lockStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('draft') }),
  z.object({ state: z.literal('frozen'), round: z.number().int().positive() }),
  z.object({ state: z.literal('approved'), version: z.number().int().positive() }),
])

export type LockState = z.infer<typeof lockStateSchema>

/** The document's metadata as stored in the `meta` map. */
export const documentMetaSchema = z.object({
  /** Which kind of document this is; fixed at creation. */
  type: documentTypeSchema,
  /** The title shown in lists and the editor. */
  title: titleSchema,
  /** {@link SCHEMA_VERSION} of the newest client that wrote the document. */
  schemaVersion: z.number().int().positive(),
  /** Whether the content is locked as an approved version. */
  lock: lockStateSchema,
  /** The revision being written: 1, then one more each time a revision opens from an approved version. */
  revision: z.number().int().positive().default(1),
})

export type DocumentMeta = z.infer<typeof documentMetaSchema>

/** The body fragment Tiptap binds to. */
export function getBody(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(DOCUMENT_ROOTS.body)
}

/** The metadata map. */
export function getMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DOCUMENT_ROOTS.meta)
}

/**
 * Writes a new document's metadata. Every key is a last-writer-wins value, so two devices that
 * initialise the same new document concurrently end with one consistent value per key.
 */
export function initializeDocumentMeta(
  doc: Y.Doc,
  init: { type: DocumentType; title: string },
  origin?: unknown,
): void {
  const meta = getMetaMap(doc)
  doc.transact(() => {
    meta.set(META_KEYS.type, init.type)
    meta.set(META_KEYS.title, titleSchema.parse(init.title))
    meta.set(META_KEYS.schemaVersion, SCHEMA_VERSION)
    meta.set(META_KEYS.lock, { state: 'draft' } satisfies LockState)
    meta.set(META_KEYS.revision, 1)
  }, origin)
}

/** Sets the title (validated) in the metadata map. */
export function setDocumentTitle(doc: Y.Doc, title: string, origin?: unknown): void {
  const valid = titleSchema.parse(title)
  doc.transact(() => getMetaMap(doc).set(META_KEYS.title, valid), origin)
}

/**
 * Reads and validates the metadata; null when the document has none yet or it does not validate
 * (e.g. a room that was never initialised as a document).
 */
export function readDocumentMeta(doc: Y.Doc): DocumentMeta | null {
  const result = documentMetaSchema.safeParse(getMetaMap(doc).toJSON())
  return result.success ? result.data : null
}
