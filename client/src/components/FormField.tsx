import { useId, type InputHTMLAttributes } from 'react'

/** Props of {@link FormField}: a label, an optional hint and error, and the input's own attributes. */
export interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  label: string
  hint?: string
  error?: string | null
  value: string
  onChange: (value: string) => void
}

/** One labelled text input with its hint and error tied to it (`aria-describedby`, `aria-invalid`). */
export function FormField({ label, hint, error = null, value, onChange, ...input }: FormFieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint !== undefined ? hintId : null, error !== null ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        value={value}
        aria-invalid={error === null ? undefined : true}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint !== undefined && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error !== null && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  )
}
