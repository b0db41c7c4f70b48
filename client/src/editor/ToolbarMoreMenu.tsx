import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { t } from '../i18n/t'

/**
 * "Mer": a disclosure button opening the toolbar's less used tools, so the toolbar keeps to one
 * row. Choosing a tool closes it; Escape closes it and returns focus to the button; arrow keys
 * move between the tools; a press outside closes it.
 */
export function ToolbarMoreMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const focusFirst = useRef(false)

  useEffect(() => {
    if (!open) return
    if (focusFirst.current) {
      focusFirst.current = false
      rootRef.current?.querySelector<HTMLButtonElement>('.toolbar-more__panel button:not(:disabled)')?.focus()
    }
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', closeOutside)
    return () => document.removeEventListener('pointerdown', closeOutside)
  }, [open])

  const close = (returnFocus: boolean): void => {
    setOpen(false)
    if (returnFocus) toggleRef.current?.focus()
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Escape' && open) {
      event.preventDefault()
      close(true)
      return
    }
    if (!open || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return
    const buttons = [
      ...(rootRef.current?.querySelectorAll<HTMLButtonElement>('.toolbar-more__panel button:not(:disabled)') ?? []),
    ]
    if (buttons.length === 0) return
    event.preventDefault()
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const step = event.key === 'ArrowDown' ? 1 : -1
    buttons[(current + step + buttons.length) % buttons.length]?.focus()
  }

  return (
    <div className="toolbar-more" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="toolbar__button"
        aria-expanded={open}
        aria-controls={panelId}
        onMouseDown={(event) => event.preventDefault()}
        onClick={(event) => {
          focusFirst.current = !open && event.detail === 0
          setOpen(!open)
        }}
      >
        {t('toolbar.more')}
        <span aria-hidden="true"> ▾</span>
      </button>
      <div id={panelId} className="toolbar-more__panel" role="group" aria-label={t('toolbar.moreLabel')} hidden={!open}>
        {open && children}
      </div>
    </div>
  )
}
