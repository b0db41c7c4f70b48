import {
  foldText,
  highlightParts,
  matchDocument,
  searchTerms,
  type DocumentId,
  type DocumentSearchHit,
  type TextPart,
} from '@samskriv/shared'
import type { DocumentListRow } from '../documents/mergeDocumentList'
import type { DeviceText } from './DeviceTextIndex'
import type { DocumentFilters } from './documentFilters'

/** How a listed document matched the search: its title with the words marked, and a snippet of its text. */
export interface RowMatch {
  readonly title: TextPart[]
  readonly snippet: TextPart[] | null
}

/** What the list is filtered with besides the rows. */
export interface SearchSources {
  /** The copies on this device (searched first: they hold this device's unsynced edits too). */
  readonly device: ReadonlyMap<DocumentId, DeviceText>
  /** The server's hits for the same words, or null when it has not answered (offline, loading, failed). */
  readonly server: ReadonlyMap<string, DocumentSearchHit> | null
}

/** The filtered list. */
export interface FilteredRows {
  readonly rows: DocumentListRow[]
  /** By document id, when words were searched for. */
  readonly matches: ReadonlyMap<DocumentId, RowMatch>
  /** Rows whose text could not be searched (not on the device, and the server did not answer): matched by title only. */
  readonly titleOnly: number
}

/** The meeting body of a row as known from its copy or from the server; null when unknown. */
export function bodyOfRow(row: DocumentListRow, sources: SearchSources): string | null {
  const known = sources.device.get(row.id)?.body ?? sources.server?.get(row.id)?.body
  return known === undefined ? null : known
}

/**
 * The rows that pass every filter (type, status, group, body) and contain every searched word in
 * their title or text, in the order given. A row matches when its copy on this device does
 * (offline too, with this device's unsynced edits) or the server found it (its copy may be newer);
 * with neither a copy nor the server's answer, only its title is searched (counted in
 * `titleOnly`). Bodies compare case and accents aside.
 */
export function filterDocumentRows(
  rows: readonly DocumentListRow[],
  filters: DocumentFilters,
  sources: SearchSources,
): FilteredRows {
  const terms = searchTerms(filters.q)
  const body = filters.body === null ? null : foldText(filters.body.trim())
  const kept: DocumentListRow[] = []
  const matches = new Map<DocumentId, RowMatch>()
  let titleOnly = 0
  for (const row of rows) {
    if (filters.type !== null && row.type !== filters.type) continue
    if (filters.status !== null && row.status !== filters.status) continue
    if (filters.group !== null && row.groupId !== filters.group) continue
    if (body !== null && foldText(bodyOfRow(row, sources) ?? '') !== body) continue
    if (terms.length > 0) {
      const match = matchRow(row, terms, sources)
      if (match === null) continue
      if (match === 'titleOnly') {
        titleOnly += 1
        matches.set(row.id, { title: highlightParts(row.title, terms), snippet: null })
      } else {
        matches.set(row.id, match)
      }
    }
    kept.push(row)
  }
  return { rows: kept, matches, titleOnly }
}

function matchRow(
  row: DocumentListRow,
  terms: readonly string[],
  sources: SearchSources,
): RowMatch | 'titleOnly' | null {
  const title = highlightParts(row.title, terms)
  const copy = sources.device.get(row.id)
  // The list's title: a rename not yet in the copy still counts.
  const onDevice =
    copy === undefined
      ? null
      : matchDocument({ ...copy.prepared, title: row.title, foldedTitle: foldText(row.title) }, terms)
  if (onDevice !== null) return { title, snippet: onDevice.snippet }
  if (sources.server !== null) {
    // The server's copy may hold what others wrote since this device's copy was last synced.
    const hit = sources.server.get(row.id)
    return hit === undefined ? null : { title, snippet: hit.snippet }
  }
  if (copy !== undefined) return null
  const foldedTitle = foldText(row.title)
  return terms.every((term) => foldedTitle.includes(term)) ? 'titleOnly' : null
}

/** The meeting bodies to offer in the body filter: each once (case and accents aside), sorted in Swedish. */
export function bodyOptions(rows: readonly DocumentListRow[], sources: SearchSources): string[] {
  const byKey = new Map<string, string>()
  for (const row of rows) {
    const body = bodyOfRow(row, sources)?.trim()
    if (!body) continue
    const key = foldText(body)
    if (!byKey.has(key)) byKey.set(key, body)
  }
  return [...byKey.values()].sort(new Intl.Collator('sv').compare)
}
