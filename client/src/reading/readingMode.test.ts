import { describe, expect, it } from 'vitest'
import type { DocumentLock } from '../sync/documentLock'
import { opensInReadingView } from './readingMode'

const lock = (overrides: Partial<DocumentLock>): DocumentLock => ({
  lock: { state: 'draft' },
  revision: 1,
  access: 'edit',
  readOnlyReason: null,
  ...overrides,
})

describe('opensInReadingView', () => {
  it('keeps the editor for an editor of a draft and for an older revision’s copy', () => {
    expect(opensInReadingView(lock({}))).toBe(false)
    expect(opensInReadingView(lock({ readOnlyReason: 'staleRevision' }))).toBe(false)
  })

  it('reads an approved version, whoever opens it', () => {
    const approved = lock({ lock: { state: 'approved', version: 2 }, readOnlyReason: 'approved' })
    expect(opensInReadingView(approved)).toBe(true)
    expect(opensInReadingView({ ...approved, access: 'read' })).toBe(true)
  })

  it('reads a draft for someone who may only read or comment', () => {
    expect(opensInReadingView(lock({ access: 'read', readOnlyReason: 'readAccess' }))).toBe(true)
    expect(opensInReadingView(lock({ access: 'comment', readOnlyReason: 'readAccess' }))).toBe(true)
  })

  it('reads a frozen document for a non-editor only, as the relay or the stored sign-in tells', () => {
    const frozen = lock({ lock: { state: 'frozen', round: 1 }, readOnlyReason: 'frozen' })
    expect(opensInReadingView(frozen)).toBe(false)
    expect(opensInReadingView({ ...frozen, access: 'comment' })).toBe(true)
    expect(opensInReadingView({ ...frozen, access: null }, 'read')).toBe(true)
    expect(opensInReadingView({ ...frozen, access: null }, 'edit')).toBe(false)
    // Unknown (offline, never signed in here): the read-only editor, not a guess.
    expect(opensInReadingView({ ...frozen, access: null }, null)).toBe(false)
  })
})
