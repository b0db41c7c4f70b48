/**
 * Query parameters a Samskriv client adds to its relay URL (stock clients add none):
 * `schema` is the client's `SCHEMA_VERSION`; the relay refuses a client older than the document.
 */
export const CLIENT_PARAMS = {
  schemaVersion: 'schema',
  /** The revision the client's copy was written in; an older one gets its changes refused. */
  revision: 'revision',
  /** The relay token (`GET /api/documents/:id/token`). */
  token: 'token',
} as const

/** What a client declared in its relay URL; null for what it did not declare. */
export interface ClientDeclaration {
  readonly schemaVersion: number | null
  readonly revision: number | null
  readonly token: string | null
}

const positive = (value: string | null) => (value !== null && /^\d{1,9}$/.test(value) ? Number(value) : null)

/** Reads what a client declared in its relay URL's query. */
export function readClientDeclaration(pathWithQuery: string): ClientDeclaration {
  const params = new URLSearchParams(pathWithQuery.split('?')[1] ?? '')
  const token = params.get(CLIENT_PARAMS.token)
  return {
    schemaVersion: positive(params.get(CLIENT_PARAMS.schemaVersion)),
    revision: positive(params.get(CLIENT_PARAMS.revision)),
    token: token !== null && token.length > 0 && token.length <= 4096 ? token : null,
  }
}

/** The schema version a client declared; null when it declared none. */
export const readClientSchemaVersion = (pathWithQuery: string): number | null =>
  readClientDeclaration(pathWithQuery).schemaVersion
