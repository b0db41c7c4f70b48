import { act, useEffect, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { t } from '../../i18n/t'
import { TextField } from './TextField'
import { CONCURRENT_EDIT_MS } from './useOverwrittenValue'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

let root: Root
let container: HTMLElement
/** Sets the field's value from outside, as another writer's change arriving does. */
const outside = { set: (_value: string): void => {} }
const setFromElsewhere = (value: string) => outside.set(value)
const committed: string[] = []

function Field() {
  const [value, setValue] = useState('')
  useEffect(() => {
    outside.set = setValue
  }, [])
  return (
    <TextField
      label="Ansvarig"
      value={value}
      disabled={false}
      onCommit={(next) => {
        committed.push(next)
        setValue(next)
      }}
    />
  )
}

function type(text: string): void {
  const input = container.querySelector('input')!
  // React tracks the value it set; the prototype's setter changes it as typing does.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
  act(() => {
    setter.call(input, text)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

beforeEach(() => {
  vi.useFakeTimers()
  committed.length = 0
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  act(() => root.render(<Field />))
})
afterEach(() => {
  act(() => root.unmount())
  container.remove()
  vi.useRealTimers()
})

describe('a short field two people type into at once', () => {
  it('keeps what this person wrote visible when another value replaces it, and gives it back', () => {
    const input = container.querySelector('input')!
    act(() => input.focus())
    // Another writer's value arrives while this one is in the field: it keeps what they see.
    act(() => setFromElsewhere('Bo'))
    expect(input.value).toBe('')
    type('Anna')
    // And while this one types: their texts do not mix key by key.
    act(() => setFromElsewhere('Bo Berg'))
    expect(input.value).toBe('Anna')
    type('Anna Lind')
    act(() => setFromElsewhere('Bo Berg'))
    expect(input.value).toBe('Anna Lind')
    expect(container.querySelector('.field__overwritten')).toBeNull()

    // The other value stands when this person leaves the field: theirs is kept to take back.
    act(() => input.blur())
    expect(input.value).toBe('Bo Berg')
    const notice = container.querySelector('.field__overwritten')
    expect(notice?.textContent).toContain(t('field.overwritten', { value: 'Anna Lind' }))
    const restore = [...container.querySelectorAll('button')].find((b) => b.textContent === t('field.restoreMine'))!
    act(() => restore.click())
    expect(committed.at(-1)).toBe('Anna Lind')
    expect(input.value).toBe('Anna Lind')
    expect(container.querySelector('.field__overwritten')).toBeNull()
  })

  it('keeps the new value when asked, and says nothing about a change made long after', () => {
    const input = container.querySelector('input')!
    act(() => input.focus())
    type('Anna')
    act(() => input.blur())
    act(() => setFromElsewhere('Bo'))
    const keep = [...container.querySelectorAll('button')].find((b) => b.textContent === t('field.keepTheirs'))!
    act(() => keep.click())
    expect(container.querySelector('.field__overwritten')).toBeNull()
    expect(committed).toEqual(['Anna'])

    type('Cilla')
    act(() => input.blur())
    vi.advanceTimersByTime(CONCURRENT_EDIT_MS + 1)
    act(() => setFromElsewhere('David'))
    expect(container.querySelector('.field__overwritten')).toBeNull()
  })
})
