import { useId, type HTMLAttributes } from 'react'
import { describedBy } from './describedBy'
import { FieldShell } from './FieldShell'
import { useDraft } from './useDraft'

/** Props of {@link TextField}. */
export interface TextFieldProps {
  label: string
  value: string
  /** Called with the new value on every change. */
  onCommit: (value: string) => void
  disabled: boolean
  /** `date` gives the device's date picker; the value is then YYYY-MM-DD or ''. */
  type?: 'text' | 'date' | 'url'
  /** A several-line text (a textarea). */
  multiline?: boolean
  placeholder?: string | undefined
  hint?: string | undefined
  /** Shown (and the field marked invalid) while the value is not acceptable. */
  error?: string | null | undefined
  maxLength?: number
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']
  className?: string | undefined
  /** Focus this field when it appears (a row just added). */
  autoFocus?: boolean
}

const same = (a: string, b: string) => a === b
const asIs = (value: string) => value

/** A labelled text, date or multi-line field bound to a block attribute. */
export function TextField({
  label,
  value,
  onCommit,
  disabled,
  type = 'text',
  multiline = false,
  placeholder,
  hint,
  error,
  maxLength,
  inputMode,
  className,
  autoFocus,
}: TextFieldProps) {
  const inputId = useId()
  const hintId = useId()
  const errorId = useId()
  const draft = useDraft(value, asIs, same)
  const common = {
    id: inputId,
    value: draft.text,
    disabled,
    placeholder,
    maxLength,
    autoFocus,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint !== undefined && hintId, error && errorId),
    onBlur: draft.reset,
  }
  return (
    <FieldShell
      inputId={inputId}
      label={label}
      hint={hint}
      hintId={hintId}
      error={error}
      errorId={errorId}
      className={className}
    >
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(event) => {
            draft.change(event.target.value, event.target.value)
            onCommit(event.target.value)
          }}
        />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          onChange={(event) => {
            draft.change(event.target.value, event.target.value)
            onCommit(event.target.value)
          }}
        />
      )}
    </FieldShell>
  )
}
