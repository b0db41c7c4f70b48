import type { ReactNode } from 'react'
import { DisclosureButton } from './DisclosureButton'
import { useDisclosure } from './useDisclosure'

/** Props of {@link MoreFields}. */
export interface MoreFieldsProps {
  /** The toggle's text, e.g. "Fler uppgifter". */
  label: string
  /** A short summary shown next to the toggle while closed (what is filled in). */
  summary?: string | undefined
  /** Open from the start (e.g. when something in it needs attention). */
  initiallyOpen?: boolean
  children: ReactNode
}

/**
 * Less-used fields behind a disclosure button (`aria-expanded`), so a block stays compact on a
 * tablet.
 */
export function MoreFields({ label, summary, initiallyOpen = false, children }: MoreFieldsProps) {
  const disclosure = useDisclosure(initiallyOpen)
  return (
    <div className="more-fields">
      <div className="more-fields__bar">
        <DisclosureButton disclosure={disclosure} label={label} />
        {!disclosure.open && summary !== undefined && summary !== '' && (
          <span className="more-fields__summary">{summary}</span>
        )}
      </div>
      <div className="more-fields__content" {...disclosure.regionProps}>
        {/* Rendered only when open: a plan has many activities, each with these fields. */}
        {disclosure.open && children}
      </div>
    </div>
  )
}
