import { useId, useState } from 'react'

/** A show/hide toggle's state and the attributes tying the button to what it shows. */
export interface Disclosure {
  open: boolean
  toggle: () => void
  /** For the button: `aria-expanded` and `aria-controls`. */
  buttonProps: { 'aria-expanded': boolean; 'aria-controls': string }
  /** For the region shown and hidden: its id and `hidden`. */
  regionProps: { id: string; hidden: boolean }
}

/**
 * A disclosure (a button showing and hiding a region) whose button and region may sit in different
 * places of a block view (the button in its header, the fields below). Whether it is open is this
 * device's view, not part of the document.
 */
export function useDisclosure(initiallyOpen = false): Disclosure {
  const [open, setOpen] = useState(initiallyOpen)
  const id = useId()
  return {
    open,
    toggle: () => setOpen(!open),
    buttonProps: { 'aria-expanded': open, 'aria-controls': id },
    regionProps: { id, hidden: !open },
  }
}
