import type { Disclosure } from './useDisclosure'

/** Props of {@link DisclosureButton}. */
export interface DisclosureButtonProps {
  disclosure: Disclosure
  label: string
}

/** The button of a {@link Disclosure}: a chevron and a label, at least 44 px tall. */
export function DisclosureButton({ disclosure, label }: DisclosureButtonProps) {
  return (
    <button type="button" className="more-fields__toggle" {...disclosure.buttonProps} onClick={disclosure.toggle}>
      <span aria-hidden="true" className="more-fields__chevron">
        {disclosure.open ? '▾' : '▸'}
      </span>
      {label}
    </button>
  )
}
