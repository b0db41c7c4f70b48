import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import type { DocumentId } from '@samskriv/shared'
import { t } from '../i18n/t'
import { DocumentStatusMarkers } from './DocumentStatusMarkers'
import type { DocumentListRow } from './mergeDocumentList'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

function render(syncError: string): string {
  const row: DocumentListRow = {
    id: 'doc-1' as DocumentId,
    title: 'Anvisning',
    type: 'guidance',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    unsynced: false,
    storedLocally: true,
    pendingRegistration: false,
    syncError,
    groupId: null,
    status: 'draft',
    approvedVersion: null,
  }
  const container = document.createElement('div')
  const root = createRoot(container)
  act(() => root.render(<DocumentStatusMarkers row={row} />))
  const text = container.textContent ?? ''
  act(() => root.unmount())
  return text
}

describe('DocumentStatusMarkers', () => {
  it('describes a refusal by its code, from the catalogue', () => {
    expect(render('not_found')).toContain(t('list.syncRefused', { reason: t('list.refusal.notFound') }))
    expect(render('conflict')).toContain(t('list.refusal.conflict'))
  })

  it('never shows the server’s own words', () => {
    // What earlier versions stored: the server's English message, or the status line.
    for (const stored of ['No document has that id.', 'HTTP 404', 'toString']) {
      const text = render(stored)
      expect(text).toContain(t('list.refusal.other'))
      expect(text).not.toContain(stored)
    }
  })
})
