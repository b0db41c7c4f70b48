import type { ReactNode } from 'react'

/** Props of {@link ToolbarButton}. */
export interface ToolbarButtonProps {
  /** Set for toggles: rendered as `aria-pressed`. */
  pressed?: boolean
  disabled?: boolean
  onClick: () => void
  children: ReactNode
  className?: string
  /** The accessible name (and tooltip) when the visible content is a symbol, e.g. "F" for Fetstil. */
  label?: string
}

/**
 * A toolbar button (compact with a mouse, at least 44×44 px on a touch screen). Pressing it with a mouse or finger does not take focus
 * from the text, so the selection and, on tablets, the on-screen keyboard stay.
 */
export function ToolbarButton({ pressed, disabled = false, onClick, children, className, label }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={className ? `toolbar__button ${className}` : 'toolbar__button'}
      aria-pressed={pressed}
      aria-label={label}
      title={label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  )
}
