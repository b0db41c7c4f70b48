import type * as Y from 'yjs'
import { getMetaMap, META_KEYS, SCHEMA_VERSION } from '../documentLayout.js'

/**
 * Migrations of a document's body, by the schema version they lead to. Each rewrites the Yjs body
 * in place (one transaction) so that every node and attribute fits that version. Version 2 only
 * added block types, and version 3 attendee attributes with defaults (absent, standsInFor), so older
 * documents are valid as they are; the version still rises so that older clients, which would drop
 * the new attributes when they rewrite a row, are told to update instead.
 */
const MIGRATIONS: Record<number, (doc: Y.Doc) => void> = {
  2: () => {},
  3: () => {},
}

/** The schema version a document was last written with (1 for documents from before versions). */
export function documentSchemaVersion(doc: Y.Doc): number {
  const value = getMetaMap(doc).get(META_KEYS.schemaVersion)
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 1
}

/** What a client of {@link SCHEMA_VERSION} may do with a document. */
export type SchemaCompatibility = 'current' | 'needsMigration' | 'tooNew'

export function schemaCompatibility(doc: Y.Doc, clientVersion: number = SCHEMA_VERSION): SchemaCompatibility {
  const version = documentSchemaVersion(doc)
  if (version > clientVersion) return 'tooNew'
  return version < clientVersion ? 'needsMigration' : 'current'
}

/**
 * Brings a document up to this code's schema version and records the version, so that older
 * clients are told to update instead of editing it. Never call on a document that is `tooNew`.
 */
export function migrateDocument(
  doc: Y.Doc,
  options: { migrations?: Record<number, (doc: Y.Doc) => void>; target?: number; origin?: unknown } = {},
): void {
  const { migrations = MIGRATIONS, target = SCHEMA_VERSION, origin } = options
  const from = documentSchemaVersion(doc)
  if (from > target) throw new Error(`Document schema ${from} is newer than ${target}.`)
  if (from === target) return
  doc.transact(() => {
    for (let version = from + 1; version <= target; version++) migrations[version]?.(doc)
    getMetaMap(doc).set(META_KEYS.schemaVersion, target)
  }, origin)
}
