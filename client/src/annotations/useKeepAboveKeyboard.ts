import { useEffect, type RefObject } from 'react'

/**
 * Keeps a field visible while it is typed in on a touch screen: when it gets focus and whenever
 * the visual viewport shrinks (the on-screen keyboard opens, iPad Safari does not resize the
 * page), the field is scrolled into the part of the screen the keyboard leaves.
 */
export function useKeepAboveKeyboard(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current
    if (element === null) return
    const viewport = window.visualViewport
    const reveal = (): void => {
      if (document.activeElement !== element) return
      // After the keyboard's resize has been laid out.
      requestAnimationFrame(() => element.scrollIntoView({ block: 'nearest', inline: 'nearest' }))
    }
    element.addEventListener('focus', reveal)
    viewport?.addEventListener('resize', reveal)
    return () => {
      element.removeEventListener('focus', reveal)
      viewport?.removeEventListener('resize', reveal)
    }
  }, [ref])
}
