import { describe, expect, it } from 'vitest'
import { prepareForSearch, type DocumentId, type DocumentSearchHit } from '@samskriv/shared'
import type { DocumentListRow } from '../documents/mergeDocumentList'
import type { DeviceText } from './DeviceTextIndex'
import {
  documentFiltersQuery,
  hasFilters,
  NO_FILTERS,
  parseDocumentFilters,
  type DocumentFilters,
} from './documentFilters'
import { bodyOptions, filterDocumentRows, type SearchSources } from './filterDocumentRows'

function row(id: string, patch: Partial<DocumentListRow> = {}): DocumentListRow {
  return {
    id: id as DocumentId,
    title: id,
    type: 'protocol',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    unsynced: false,
    storedLocally: true,
    pendingRegistration: false,
    syncError: null,
    groupId: 'g1',
    status: 'draft',
    approvedVersion: null,
    ...patch,
  }
}

const copy = (title: string, text: string, body = ''): DeviceText => ({
  prepared: prepareForSearch({ title, text }),
  body,
})

const rows = [
  row('lgl', { title: 'Protokoll LGL mars', status: 'approved', approvedVersion: 1 }),
  row('plan', { title: 'Handlingsplan Äldre', type: 'actionPlan', groupId: 'g2' }),
  row('remote', { title: 'Protokoll SG Barn', storedLocally: false, status: 'justering' }),
]
const device = new Map<DocumentId, DeviceText>([
  [
    'lgl' as DocumentId,
    copy('Protokoll LGL mars', 'Länsgemensam ledning beslutar om vårdplatser.', 'Länsgemensam ledning'),
  ],
  ['plan' as DocumentId, copy('Handlingsplan Äldre', 'Aktivitet: kartlägga vårdplatser i hemsjukvården.')],
])
const hit = (documentId: string, body: string, snippet: DocumentSearchHit['snippet'] = null): DocumentSearchHit => ({
  documentId,
  body,
  inTitle: false,
  snippet,
})
const filters = (patch: Partial<DocumentFilters>): DocumentFilters => ({ ...NO_FILTERS, ...patch })
const ids = (result: { rows: DocumentListRow[] }) => result.rows.map((r) => r.id)

describe('filterDocumentRows', () => {
  const online: SearchSources = {
    device,
    server: new Map([['remote', hit('remote', 'Samordnande grupp Barn', [{ text: 'vårdplatser', match: true }])]]),
  }

  it('searches the device’s copies and the server’s hits for the rest, keeping the list’s order', () => {
    const found = filterDocumentRows(rows, filters({ q: 'VÅRDPLATSER' }), online)
    expect(ids(found)).toEqual(['lgl', 'plan', 'remote'])
    expect(found.matches.get('lgl' as DocumentId)!.snippet!.find((p) => p.match)!.text).toBe('vårdplatser')
    expect(found.titleOnly).toBe(0)
    // (The server's hits are for the words asked.)
    const noHits: SearchSources = { device, server: new Map() }
    expect(ids(filterDocumentRows(rows, filters({ q: 'hemsjukvården' }), noHits))).toEqual(['plan'])
    // The server said nothing of a document: it does not match.
    expect(ids(filterDocumentRows(rows, filters({ q: 'barn' }), noHits))).toEqual([])
    // The server found words this device's copy does not hold yet (written elsewhere since).
    const newer: SearchSources = { device, server: new Map([['plan', hit('plan', '', [{ text: 'ny', match: true }])]]) }
    const fromServer = filterDocumentRows(rows, filters({ q: 'nyskrivet' }), newer)
    expect(ids(fromServer)).toEqual(['plan'])
    expect(fromServer.matches.get('plan' as DocumentId)!.snippet).toEqual([{ text: 'ny', match: true }])
  })

  it('marks the words in titles', () => {
    const found = filterDocumentRows(rows, filters({ q: 'äldre' }), online)
    expect(found.matches.get('plan' as DocumentId)!.title).toEqual([
      { text: 'Handlingsplan ', match: false },
      { text: 'Äldre', match: true },
    ])
  })

  it('searches titles alone where neither a copy nor the server’s answer is at hand, and counts them', () => {
    const offline: SearchSources = { device, server: null }
    const found = filterDocumentRows(rows, filters({ q: 'protokoll' }), offline)
    expect(ids(found)).toEqual(['lgl', 'remote'])
    expect(found.titleOnly).toBe(1)
    // A copy on the device is searched in full, never by title alone.
    expect(filterDocumentRows(rows, filters({ q: 'saknas' }), offline).rows).toEqual([])
  })

  it('combines type, status, group and body with the search', () => {
    const noHits: SearchSources = { device, server: new Map() }
    expect(ids(filterDocumentRows(rows, filters({ type: 'protocol' }), online))).toEqual(['lgl', 'remote'])
    expect(ids(filterDocumentRows(rows, filters({ type: 'protocol', status: 'justering' }), online))).toEqual([
      'remote',
    ])
    expect(ids(filterDocumentRows(rows, filters({ group: 'g2' }), online))).toEqual(['plan'])
    expect(ids(filterDocumentRows(rows, filters({ body: 'länsgemensam LEDNING' }), online))).toEqual(['lgl'])
    expect(
      ids(filterDocumentRows(rows, filters({ body: 'Samordnande grupp Barn', q: 'vårdplatser' }), online)),
    ).toEqual(['remote'])
    expect(ids(filterDocumentRows(rows, filters({ type: 'actionPlan', q: 'beslutar' }), noHits))).toEqual([])
    expect(filterDocumentRows(rows, NO_FILTERS, online).matches.size).toBe(0)
  })

  it('offers each known body once, sorted in Swedish', () => {
    const sources: SearchSources = {
      device,
      server: new Map([
        ['remote', hit('remote', 'Ärendegruppen')],
        ['plan', hit('plan', 'LÄNSGEMENSAM LEDNING')],
      ]),
    }
    expect(bodyOptions([...rows, row('x', { title: 'x' })], sources)).toEqual(['Länsgemensam ledning', 'Ärendegruppen'])
  })
})

describe('document filters in the address', () => {
  it('reads and writes every filter, dropping unknown values', () => {
    const read = parseDocumentFilters('?q=v%C3%A5rd+plats&type=protocol&status=approved&group=g1&body=LGL')
    expect(read).toEqual({ q: 'vård plats', type: 'protocol', status: 'approved', group: 'g1', body: 'LGL' })
    expect(parseDocumentFilters(documentFiltersQuery(read))).toEqual(read)
    expect(parseDocumentFilters('?type=letter&status=lost&group=%20')).toEqual(NO_FILTERS)
    expect(documentFiltersQuery(NO_FILTERS)).toBe('')
    expect(hasFilters(filters({ q: '  ' }))).toBe(false)
    expect(hasFilters(filters({ status: 'draft' }))).toBe(true)
  })
})
