import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { renderHtml, type JSONContent } from '@samskriv/shared'
import { t } from '../i18n/t'
import { ReadingBody } from './ReadingBody'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

let root: Root
let container: HTMLElement
beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})
afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

const text = (value: string): JSONContent => ({ type: 'text', text: value })
const title = (value: string): JSONContent => ({ type: 'blockTitle', content: value ? [text(value)] : [] })
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: value ? [text(value)] : [] })

/** A protocol as a secretary leaves it: a header half filled in, an empty item, a decision, attendance. */
const protocol: JSONContent = {
  type: 'doc',
  content: [
    { type: 'meetingHeader', attrs: { decidingBody: 'Länsgemensam ledning', date: '2026-11-27', place: '' } },
    {
      type: 'agendaItem',
      attrs: { id: 'a1' },
      content: [title('Mötets öppnande'), paragraph('Alla hälsades välkomna.')],
    },
    {
      type: 'agendaItem',
      attrs: { id: 'a2' },
      content: [
        title('Beslutspunkter'),
        {
          type: 'decision',
          attrs: { id: 'd1', kind: 'other' },
          content: [title('Ny rutin'), paragraph('Rutinen <b>antas</b>.')],
        },
        { type: 'informationItem', attrs: { id: 'i1', group: '' }, content: [title(''), paragraph('')] },
      ],
    },
    {
      type: 'attendanceList',
      attrs: { kind: 'members' },
      content: [
        { type: 'attendee', attrs: { name: 'Eva Andersson', organisation: 'Region Kalmar län', role: 'ordförande' } },
        { type: 'attendee', attrs: { name: '', organisation: '' } },
      ],
    },
    { type: 'attendanceList', attrs: { kind: 'others' }, content: [] },
  ],
}

const textOfHtml = (html: string): string => {
  const element = document.createElement('div')
  element.innerHTML = html
  return element.textContent ?? ''
}

describe('ReadingBody', () => {
  it('shows exactly the facts the HTML export shows, with nothing empty and nothing to type in', () => {
    act(() => root.render(<ReadingBody body={protocol} approval={null} />))
    const view = container.querySelector('[data-testid="reading-view"]')!
    expect(view.textContent).toBe(textOfHtml(renderHtml(protocol)).replaceAll('\n', ''))
    expect(view.textContent).toContain('Beslut: Ny rutin')
    expect(view.textContent).toContain('Rutinen <b>antas</b>.')
    expect(view.querySelector('b')).toBeNull()
    expect(view.querySelector('[data-role="attendance"] li')?.textContent).toBe(
      'Eva Andersson, Region Kalmar län (ordförande)',
    )
    expect(view.querySelectorAll('[data-role="attendance"]')).toHaveLength(1)
    expect(view.textContent).not.toContain('Plats')
    expect(view.querySelectorAll('input, textarea, select, [contenteditable]')).toHaveLength(0)
    // The page's title is the one h1.
    expect(view.querySelector('h1')).toBeNull()
    expect(view.querySelector('h2, h3')?.textContent).toBe('§ 1 Mötets öppnande')
  })

  it('ends an approved version with its signature block', () => {
    const approval = {
      method: 'justering' as const,
      approvedBy: 'Cecilia Samordnare',
      approvedAt: '2026-11-30T10:00:00.000Z',
      onBehalfOf: 'Länsgemensam ledning',
      signedBy: [{ name: 'Anna Lind', at: '2026-11-29T09:00:00.000Z' }],
    }
    act(() => root.render(<ReadingBody body={protocol} approval={approval} />))
    const signatures = container.querySelector('[data-role="signatures"]')!
    expect(signatures.textContent).toContain('Anna Lind, 2026-11-29 (digitalt)')
    expect(signatures.textContent).toContain('Cecilia Samordnare, 2026-11-30')
    expect(container.querySelector('[data-testid="reading-view"]')!.lastElementChild).toBe(signatures)
  })

  it('says so when a document has no text yet', () => {
    act(() => root.render(<ReadingBody body={{ type: 'doc', content: [paragraph('')] }} approval={null} />))
    expect(container.textContent).toBe(t('reading.empty'))
  })
})
