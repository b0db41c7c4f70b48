import { useId } from 'react'

/** Props of {@link CheckboxField}. */
export interface CheckboxFieldProps {
  label: string
  checked: boolean
  onCommit: (checked: boolean) => void
  disabled: boolean
  className?: string | undefined
}

/** A labelled checkbox bound to a yes/no attribute; the whole label is the touch target. */
export function CheckboxField({ label, checked, onCommit, disabled, className }: CheckboxFieldProps) {
  const inputId = useId()
  return (
    <div className={className ? `block-check ${className}` : 'block-check'}>
      <input
        id={inputId}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onCommit(event.target.checked)}
      />
      <label htmlFor={inputId}>{label}</label>
    </div>
  )
}
