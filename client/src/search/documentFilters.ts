import { DOCUMENT_STATUSES, DOCUMENT_TYPES, type DocumentStatus, type DocumentType } from '@samskriv/shared'

/** The list's search and filters, as kept in the address (`/?q=…&type=protocol&status=draft`). */
export interface DocumentFilters {
  /** Words to find in the title or text. */
  q: string
  type: DocumentType | null
  status: DocumentStatus | null
  /** A group id. */
  group: string | null
  /** A meeting body (organ), as written in protocols' meeting headers. */
  body: string | null
}

/** The address's keys, in the order they are written. */
export const FILTER_KEYS = ['q', 'type', 'status', 'group', 'body'] as const

export const NO_FILTERS: DocumentFilters = { q: '', type: null, status: null, group: null, body: null }

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null

const text = (value: string | null) => {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}

/** Reads the filters from a query string; unknown values are dropped rather than filtering everything out. */
export function parseDocumentFilters(search: string): DocumentFilters {
  const params = new URLSearchParams(search)
  return {
    q: params.get('q') ?? '',
    type: oneOf(DOCUMENT_TYPES, params.get('type')),
    status: oneOf(DOCUMENT_STATUSES, params.get('status')),
    group: text(params.get('group')),
    body: text(params.get('body')),
  }
}

/** The query string of the filters (empty ones left out); '' for none. */
export function documentFiltersQuery(filters: DocumentFilters): string {
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = key === 'q' ? filters.q.trim() : filters[key]
    if (value) params.set(key, value)
  }
  return params.toString()
}

/** Whether anything is searched or filtered. */
export function hasFilters(filters: DocumentFilters): boolean {
  return documentFiltersQuery(filters) !== ''
}
