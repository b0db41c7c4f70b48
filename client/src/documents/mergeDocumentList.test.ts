import { describe, expect, it } from 'vitest'
import type { DocumentId, DocumentSummary } from '@samskriv/shared'
import type { DocumentRecord, DocumentSyncState } from '../storage/LocalDatabase'
import { mergeDocumentList } from './mergeDocumentList'
import { planCacheReconciliation } from './planCacheReconciliation'
import { recordRevisions } from './recordRevisions'

const id = (value: string) => value as DocumentId

function summary(value: string, overrides: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id: id(value),
    title: `Server ${value}`,
    type: 'protocol',
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-01T08:00:00.000Z',
    deletedAt: null,
    groupId: null,
    status: 'draft',
    revision: 1,
    approvedVersion: null,
    ...overrides,
  }
}

function record(value: string, overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id: id(value),
    title: `Local ${value}`,
    type: 'actionPlan',
    createdAt: '2025-02-01T08:00:00.000Z',
    updatedAt: '2025-02-01T08:00:00.000Z',
    deletedAt: null,
    pendingRegistration: false,
    pendingTitle: null,
    pendingTrash: null,
    syncError: null,
    ...overrides,
  }
}

function stored(
  value: string,
  pendingWriters: Record<string, number> = {},
  lastLocalChangeAt: string | null = null,
): DocumentSyncState {
  return { documentId: id(value), pendingWriters, lastLocalChangeAt }
}

describe('mergeDocumentList', () => {
  it('lists server documents, marking those stored on the device and those with unsynced changes', () => {
    const rows = mergeDocumentList({
      server: [summary('a'), summary('b'), summary('c')],
      records: [record('b'), record('c')],
      syncStates: [stored('b'), stored('c', { 'session-1': 3 })],
      view: 'live',
    })
    expect(rows.map((row) => [row.id, row.title, row.storedLocally, row.unsynced])).toEqual([
      ['a', 'Server a', false, false],
      ['b', 'Server b', true, false],
      ['c', 'Server c', true, true],
    ])
  })

  it('adds documents created offline and not yet registered, newest first', () => {
    const rows = mergeDocumentList({
      server: [summary('a')],
      records: [record('new', { pendingRegistration: true, updatedAt: '2025-04-01T08:00:00.000Z' })],
      syncStates: [stored('new')],
      view: 'live',
    })
    expect(rows.map((row) => [row.id, row.pendingRegistration, row.unsynced])).toEqual([
      ['new', true, true],
      ['a', false, false],
    ])
  })

  it('leaves out a cached document the server no longer lists (moved to the trash elsewhere)', () => {
    const rows = mergeDocumentList({
      server: [summary('a')],
      records: [record('gone')],
      syncStates: [stored('gone')],
      view: 'live',
    })
    expect(rows.map((row) => row.id)).toEqual(['a'])
  })

  it('lays local pending operations over the server: title, trash and restore', () => {
    const sources = {
      server: [summary('renamed'), summary('trashed')],
      records: [
        record('renamed', { pendingTitle: 'Nytt namn' }),
        record('trashed', { pendingTrash: 'trash', deletedAt: '2025-03-02T08:00:00.000Z' }),
        record('restored', { pendingTrash: 'restore' }),
      ],
      syncStates: [],
    }
    const live = mergeDocumentList({ ...sources, view: 'live' })
    expect(live.map((row) => [row.id, row.title, row.unsynced])).toEqual([
      ['renamed', 'Nytt namn', true],
      ['restored', 'Local restored', true],
    ])
    const trash = mergeDocumentList({ ...sources, server: [], view: 'trash' })
    expect(trash.map((row) => row.id)).toEqual(['trashed'])
  })

  it('offline, lists only what is stored on the device or waits for registration', () => {
    const rows = mergeDocumentList({
      server: null,
      records: [
        record('stored'),
        record('not-stored'),
        record('created', { pendingRegistration: true }),
        record('binned', { deletedAt: '2025-03-02T08:00:00.000Z' }),
      ],
      syncStates: [stored('stored'), stored('binned')],
      view: 'live',
    })
    expect(rows.map((row) => row.id).sort()).toEqual(['created', 'stored'])
  })

  it('shows the later of the server change and the last local change', () => {
    const [row] = mergeDocumentList({
      server: [summary('a')],
      records: [record('a')],
      syncStates: [stored('a', {}, '2025-05-05T10:00:00.000Z')],
      view: 'live',
    })
    expect(row?.updatedAt).toBe('2025-05-05T10:00:00.000Z')
  })
})

describe('planCacheReconciliation', () => {
  const now = new Date('2025-06-01T12:00:00.000Z')
  /** Reconciles with every record as it is now (none written since the fetch started). */
  const reconcile = (records: DocumentRecord[], server: DocumentSummary[]) =>
    planCacheReconciliation(records, server, 'live', now, recordRevisions(records))

  it('takes the server fields and marks a listed document as registered', () => {
    const [changed] = reconcile(
      [record('a', { pendingRegistration: true })],
      [summary('a', { title: 'Från servern', updatedAt: '2025-03-05T08:00:00.000Z' })],
    )
    expect(changed).toMatchObject({
      title: 'Från servern',
      type: 'protocol',
      pendingRegistration: false,
      updatedAt: '2025-03-05T08:00:00.000Z',
      revision: 1,
    })
  })

  it('keeps a title and trash state the server has not confirmed yet', () => {
    const [changed] = reconcile(
      [
        record('a', {
          title: 'Lokalt',
          pendingTitle: 'Lokalt',
          pendingTrash: 'trash',
          deletedAt: '2025-03-02T08:00:00.000Z',
        }),
      ],
      [summary('a')],
    )
    expect(changed).toMatchObject({ title: 'Lokalt', deletedAt: '2025-03-02T08:00:00.000Z' })
  })

  it('moves a document deleted on the server to the trash, but not one waiting for registration', () => {
    const changed = reconcile([record('gone'), record('created', { pendingRegistration: true })], [])
    expect(changed).toEqual([{ ...record('gone'), deletedAt: now.toISOString(), revision: 1 }])
  })

  it('returns nothing when the cache already matches', () => {
    const server = summary('a')
    const cached = record('a', { ...server })
    expect(reconcile([cached], [server])).toEqual([])
  })

  it('leaves records written after the list was fetched as they are', () => {
    // Fetched while 'new' waited for registration, 'renamed' for its rename, and before 'opened'
    // was on the device; all three were confirmed or stored before the answer arrived.
    const atFetch = [
      record('new', { pendingRegistration: true, revision: 1 }),
      record('renamed', { title: 'Nytt namn', pendingTitle: 'Nytt namn', revision: 4 }),
    ]
    const current = [
      record('new', { pendingRegistration: false, revision: 2 }),
      record('renamed', { title: 'Nytt namn', pendingTitle: null, revision: 5 }),
      record('opened', { revision: 1 }),
    ]
    const stale = [summary('renamed', { title: 'Gammalt namn' })]
    expect(planCacheReconciliation(current, stale, 'live', now, recordRevisions(atFetch))).toEqual([])
  })
})
