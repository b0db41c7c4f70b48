import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import type { JSONContent } from '@samskriv/shared'
import { t } from '../i18n/t'
import { diffBodies } from './diffBodies'
import { VersionDiffView } from './VersionDiffView'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const doc = (...texts: string[]): JSONContent => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
})

function render(older: JSONContent, newer: JSONContent): HTMLElement {
  const container = document.createElement('div')
  const root = createRoot(container)
  act(() => root.render(<VersionDiffView diff={diffBodies(older, newer)} />))
  return container
}

describe('VersionDiffView', () => {
  it('marks additions and removals with ins/del and words, not colour alone', () => {
    const container = render(doc('Ring kommunen.', 'Gammal rad.'), doc('Ring kommunen i dag.'))
    const ins = [...container.querySelectorAll('ins')]
    const del = [...container.querySelectorAll('del')]
    expect(ins.map((node) => node.textContent).join(' ')).toContain('i dag')
    expect(del.map((node) => node.textContent).join(' ')).toContain('Gammal rad.')
    for (const node of ins) expect(node.querySelector('.visually-hidden')?.textContent).toContain(t('compare.added'))
    for (const node of del) expect(node.querySelector('.visually-hidden')?.textContent).toContain(t('compare.removed'))
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      t('compare.summary', {
        added: t('compare.additions', { count: ins.length }),
        removed: t('compare.removals', { count: del.length }),
      }),
    )
  })

  it('says when the versions are the same', () => {
    const container = render(doc('Samma.'), doc('Samma.'))
    expect(container.querySelector('[role="status"]')?.textContent).toBe(t('compare.identical'))
    expect(container.querySelectorAll('ins, del')).toHaveLength(0)
  })
})
