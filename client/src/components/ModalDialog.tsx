import { useEffect, useId, useRef, type ReactNode } from 'react'

/** Props of {@link ModalDialog}. */
export interface ModalDialogProps {
  /** The dialog's heading, also its accessible name. */
  title: string
  /** Escape (or the dialog's own cancel) was pressed. */
  onCancel: () => void
  /** False for a dialog that must be answered; Escape then does nothing. */
  dismissible?: boolean
  /** Where focus goes when the dialog closes; by default back to where it was when it opened. */
  returnFocus?: () => void
  children: ReactNode
}

/**
 * A modal `<dialog>`: shown while mounted, labelled by its heading, focus moved to the element
 * marked `data-autofocus` (or the first control) and returned to where it was when it closes.
 * The browser keeps focus inside and makes the rest of the page inert.
 */
export function ModalDialog({ title, onCancel, dismissible = true, returnFocus, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const returnFocusRef = useRef(returnFocus)
  useEffect(() => {
    returnFocusRef.current = returnFocus
  })

  useEffect(() => {
    const dialog = ref.current
    if (dialog === null) return
    const previous = document.activeElement
    if (!dialog.open) dialog.showModal()
    const target =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('input, select, textarea, button')
    target?.focus()
    return () => {
      if (dialog.open) dialog.close()
      if (returnFocusRef.current) {
        returnFocusRef.current()
        return
      }
      const fallback = document.getElementById('main')
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus()
      else fallback?.focus()
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault()
        if (dismissible) onCancel()
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  )
}
