/**
 * Query parameters a Samskriv client adds to its relay URL (stock clients add none):
 * `schema` is the client's `SCHEMA_VERSION`; the relay refuses a client older than the document.
 */
export const CLIENT_PARAMS = {
  schemaVersion: 'schema',
} as const

/** Reads the schema version a client declared in its relay URL; null when it declared none. */
export function readClientSchemaVersion(pathWithQuery: string): number | null {
  const query = pathWithQuery.split('?')[1]
  if (query === undefined) return null
  const value = new URLSearchParams(query).get(CLIENT_PARAMS.schemaVersion)
  if (value === null || !/^\d{1,6}$/.test(value)) return null
  return Number(value)
}
