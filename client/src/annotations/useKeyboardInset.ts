import { useEffect, useState } from 'react'

/**
 * How much of the bottom of the layout viewport the on-screen keyboard (or anything else that
 * shrinks the visual viewport) covers, in CSS pixels; 0 without one. Something fixed to the bottom
 * of the screen sits this far up to stay above the keyboard.
 */
export function useKeyboardInset(): number {
  const [inset, setInset] = useState(0)
  useEffect(() => {
    const viewport = window.visualViewport
    if (!viewport) return
    const update = (): void => {
      const covered = window.innerHeight - viewport.height - viewport.offsetTop
      setInset(covered > 1 ? Math.round(covered) : 0)
    }
    update()
    viewport.addEventListener('resize', update)
    viewport.addEventListener('scroll', update)
    return () => {
      viewport.removeEventListener('resize', update)
      viewport.removeEventListener('scroll', update)
    }
  }, [])
  return inset
}
