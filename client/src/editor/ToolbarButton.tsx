import type { ReactNode } from 'react'

/** Props of {@link ToolbarButton}. */
export interface ToolbarButtonProps {
  /** Set for toggles: rendered as `aria-pressed`. */
  pressed?: boolean
  disabled?: boolean
  onClick: () => void
  children: ReactNode
  className?: string
}

/**
 * A toolbar button (at least 44×44 px). Pressing it with a mouse or finger does not take focus
 * from the text, so the selection and, on tablets, the on-screen keyboard stay.
 */
export function ToolbarButton({ pressed, disabled = false, onClick, children, className }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={className ? `toolbar__button ${className}` : 'toolbar__button'}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  )
}
