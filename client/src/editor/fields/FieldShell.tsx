import type { ReactNode } from 'react'

/** Props of {@link FieldShell}. */
export interface FieldShellProps {
  inputId: string
  label: string
  /** Shown under the control and referenced by its `aria-describedby`. */
  hint?: string | undefined
  hintId?: string | undefined
  /** Shown under the control when its value is not valid. */
  error?: string | null | undefined
  errorId?: string | undefined
  /** Extra class, e.g. `block-field--wide` to span the form's row. */
  className?: string | undefined
  /** Shown last, e.g. what this person wrote that someone else's value replaced. */
  notice?: ReactNode
  children: ReactNode
}

/** A label above a control, with an optional hint and error below it. */
export function FieldShell({
  inputId,
  label,
  hint,
  hintId,
  error,
  errorId,
  className,
  notice,
  children,
}: FieldShellProps) {
  return (
    <div className={className ? `block-field ${className}` : 'block-field'}>
      <label htmlFor={inputId}>{label}</label>
      {children}
      {hint !== undefined && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error !== undefined && error !== null && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {notice}
    </div>
  )
}
