import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { useKeyboardInset } from './useKeyboardInset'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

/** A visual viewport the test resizes as an on-screen keyboard would. */
class FakeViewport extends EventTarget {
  height = window.innerHeight
  offsetTop = 0
}

const original = Object.getOwnPropertyDescriptor(window, 'visualViewport')
afterEach(() => {
  if (original) Object.defineProperty(window, 'visualViewport', original)
})

describe('useKeyboardInset', () => {
  it('follows the part of the screen the keyboard covers, and 0 when it closes', () => {
    const viewport = new FakeViewport()
    Object.defineProperty(window, 'visualViewport', { configurable: true, value: viewport })
    const seen: number[] = []
    function Probe() {
      seen.push(useKeyboardInset())
      return null
    }
    const root = createRoot(document.createElement('div'))
    act(() => root.render(<Probe />))
    expect(seen.at(-1)).toBe(0)

    act(() => {
      viewport.height = window.innerHeight - 320
      viewport.dispatchEvent(new Event('resize'))
    })
    expect(seen.at(-1)).toBe(320)

    // Safari scrolls the visual viewport down while the keyboard is open.
    act(() => {
      viewport.offsetTop = 120
      viewport.dispatchEvent(new Event('scroll'))
    })
    expect(seen.at(-1)).toBe(200)

    act(() => {
      viewport.height = window.innerHeight
      viewport.offsetTop = 0
      viewport.dispatchEvent(new Event('resize'))
    })
    expect(seen.at(-1)).toBe(0)
    act(() => root.unmount())
  })
})
