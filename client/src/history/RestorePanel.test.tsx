import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { appendJsonToFragment, fragmentToJson, getBody, type JSONContent } from '@samskriv/shared'
import { normalizeBody } from '@samskriv/shared/editor'
import { t } from '../i18n/t'
import { RestorePanel } from './RestorePanel'
import { HISTORY_RESTORE_ORIGIN } from './restoreOrigin'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const bodyOf = (doc: Y.Doc) => normalizeBody(fragmentToJson(getBody(doc)))

function setup(refusal: string | null = null) {
  const doc = new Y.Doc()
  appendJsonToFragment(getBody(doc), [paragraph('Ett'), paragraph('Två'), paragraph('Tre')])
  const snapshot = bodyOf(doc)
  getBody(doc).delete(1, 1)
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  const render = () =>
    act(() =>
      root.render(
        <RestorePanel
          doc={doc}
          snapshotBody={snapshot}
          currentBody={bodyOf(doc)}
          time="7 dec. 2026 13:20:54"
          refusal={refusal}
        />,
      ),
    )
  render()
  return { doc, snapshot, container, render, unmount: () => act(() => root.unmount()) }
}

const button = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)

describe('RestorePanel', () => {
  it('offers only the paragraph that is missing, and puts it back as an edit of the live document', () => {
    const { doc, snapshot, container, render, unmount } = setup()
    const origins: unknown[] = []
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin))
    expect(container.querySelectorAll('.history-restore__block')).toHaveLength(1)
    const restore = button(container, t('history.restoreBlockLabel', { text: 'Två' }))
    expect(restore).toBeDefined()
    act(() => restore!.click())
    expect(bodyOf(doc)).toEqual(snapshot)
    expect(origins).toEqual([HISTORY_RESTORE_ORIGIN])
    expect(container.textContent).toContain(t('history.restoredBlock'))
    render()
    expect(container.textContent).toContain(t('history.nothingToRestore'))
    unmount()
  })

  it('asks before restoring the whole text', () => {
    const { doc, snapshot, container, unmount } = setup()
    act(() => button(container, t('history.restoreAll'))!.click())
    const dialog = document.querySelector('dialog, [role="dialog"]')
    expect(dialog?.textContent).toContain(t('history.restoreAllTitle'))
    expect(bodyOf(doc)).not.toEqual(snapshot)
    const confirm = [...dialog!.querySelectorAll('button')].find(
      (b) => b.textContent === t('history.restoreAllConfirm'),
    )
    act(() => confirm!.click())
    expect(bodyOf(doc)).toEqual(snapshot)
    unmount()
  })

  it('offers nothing to someone who may not edit', () => {
    const { container, unmount } = setup(t('history.reasonReadOnly'))
    expect(container.querySelectorAll('button')).toHaveLength(0)
    expect(container.textContent).toContain(t('history.reasonReadOnly'))
    unmount()
  })
})
