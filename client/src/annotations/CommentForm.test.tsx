import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { formatMention } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { CommentForm } from './CommentForm'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const people = [
  { id: 'b1', name: 'Bo Berg', email: 'bo@kommun.se' },
  { id: 'b2', name: 'Bo Berg', email: 'bo.berg@region.se' },
  { id: 'c', name: 'Cecilia Bergström', email: 'cecilia@region.se' },
  { id: 'me', name: 'Anna Lind', email: 'anna@region.se' },
]

let root: Root | null = null
let host: HTMLElement | null = null
afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
})

function render(onSubmit: (body: string) => void) {
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  act(() =>
    root!.render(
      <CommentForm
        label="Kommentar"
        submitLabel="Spara"
        onSubmit={onSubmit}
        onCancel={() => {}}
        mentionable={{ people, myId: 'me' }}
      />,
    ),
  )
  return host.querySelector('textarea')!
}

/** Types into the field as the browser would report it: the new value, the caret at its end. */
function type(field: HTMLTextAreaElement, text: string) {
  // React tracks the value set through the property; the prototype's setter is what the browser uses.
  const descriptor: { set?: (this: HTMLTextAreaElement, value: string) => void } = Object.getOwnPropertyDescriptor(
    HTMLTextAreaElement.prototype,
    'value',
  )!
  act(() => {
    descriptor.set!.call(field, field.value + text)
    field.setSelectionRange(field.value.length, field.value.length)
    field.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

const key = (field: HTMLTextAreaElement, name: string) =>
  act(() => {
    field.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }))
  })

const options = () => [...host!.querySelectorAll('[role="option"]')].map((o) => o.textContent)

describe('CommentForm mentions', () => {
  it('offers the people for @, moves with the arrows, and stores the chosen account', () => {
    const sent: string[] = []
    const field = render((body) => sent.push(body))
    expect(field.getAttribute('aria-autocomplete')).toBe('list')
    type(field, 'Hej @bo')
    expect(options()).toEqual(['Bo Berg (bo@kommun.se)', 'Bo Berg (bo.berg@region.se)'])
    const list = host!.querySelector('[role="listbox"]')!
    expect(field.getAttribute('aria-controls')).toBe(list.id)
    expect(field.getAttribute('aria-activedescendant')).toBe(host!.querySelectorAll('[role="option"]')[0]!.id)
    // (The tests run in English.)
    expect(host!.querySelector('[role="status"]')!.textContent).toBe(
      '2 people to mention. Choose with the up and down arrows and Enter.',
    )

    key(field, 'ArrowDown')
    expect(host!.querySelectorAll('[role="option"]')[1]!.getAttribute('aria-selected')).toBe('true')
    key(field, 'Enter')
    expect(options()).toEqual([])
    expect(field.value).toBe('Hej @Bo Berg (bo.berg@region.se) ')
    expect(field.hasAttribute('aria-activedescendant')).toBe(false)

    type(field, 'och @cec')
    key(field, 'Tab')
    type(field, 'titta?')
    act(() => host!.querySelector('form')!.requestSubmit())
    expect(sent).toEqual([
      `Hej ${formatMention('b2', 'Bo Berg')} och ${formatMention('c', 'Cecilia Bergström')} titta?`,
    ])
    expect(field.value).toBe('')
  })

  it('closes the list with Escape and leaves the text alone; a name edited after choosing is plain text', () => {
    const sent: string[] = []
    const field = render((body) => sent.push(body))
    type(field, '@an')
    expect(options()).toEqual([])
    expect(host!.querySelector('[role="status"]')!.textContent).toBe('Nobody in the group has that name.')
    type(field, ' och @ce')
    expect(options()).toEqual(['Cecilia Bergström'])
    key(field, 'Escape')
    expect(options()).toEqual([])
    expect(field.value).toBe('@an och @ce')
    act(() => host!.querySelector('form')!.requestSubmit())
    expect(sent).toEqual(['@an och @ce'])
  })

  it('puts the caret right after a name chosen mid-text at once, so the next key lands there', () => {
    const sent: string[] = []
    const field = render((body) => sent.push(body))
    const descriptor = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!
    act(() => {
      descriptor.set!.call(field, 'Hej @ce – se nedan')
      field.setSelectionRange('Hej @ce'.length, 'Hej @ce'.length)
      field.dispatchEvent(new Event('input', { bubbles: true }))
    })
    expect(options()).toEqual(['Cecilia Bergström'])
    key(field, 'Enter')
    // No waiting for a frame: a fast typist's next key comes before one.
    expect(field.value).toBe('Hej @Cecilia Bergström – se nedan')
    expect(field.selectionStart).toBe('Hej @Cecilia Bergström '.length)
    expect(field.selectionEnd).toBe('Hej @Cecilia Bergström '.length)
    act(() => host!.querySelector('form')!.requestSubmit())
    expect(sent).toEqual([`Hej ${formatMention('c', 'Cecilia Bergström')} – se nedan`])
  })
})
