import { useId } from 'react'
import { describedBy } from './describedBy'
import { FieldShell } from './FieldShell'
import { useDraft } from './useDraft'

/** Props of {@link NumberField}. */
export interface NumberFieldProps {
  label: string
  /** The number, or null for "not set" (an empty field). */
  value: number | null
  /** Called with a whole number within the range, or null when emptied (if `allowEmpty`). */
  onCommit: (value: number | null) => void
  disabled: boolean
  min: number
  max: number
  /** Whether an empty field is a value (null). */
  allowEmpty: boolean
  hint?: string | undefined
  placeholder?: string | undefined
  className?: string | undefined
}

const format = (value: number | null) => (value === null ? '' : String(value))
const same = (a: number | null, b: number | null) => a === b

/**
 * A labelled whole-number field bound to a block attribute. Text that is not a whole number in the
 * range stays in the field, marked invalid, and is not written.
 */
export function NumberField({
  label,
  value,
  onCommit,
  disabled,
  min,
  max,
  allowEmpty,
  hint,
  placeholder,
  className,
}: NumberFieldProps) {
  const inputId = useId()
  const hintId = useId()
  const draft = useDraft(value, format, same)
  const accepts = (text: string): number | null | undefined => {
    const trimmed = text.trim()
    if (trimmed === '') return allowEmpty ? null : undefined
    if (!/^\d+$/.test(trimmed)) return undefined
    const number = Number(trimmed)
    return number >= min && number <= max ? number : undefined
  }
  const valid = accepts(draft.text) !== undefined
  return (
    <FieldShell inputId={inputId} label={label} hint={hint} hintId={hintId} className={className}>
      <input
        id={inputId}
        type="text"
        inputMode="numeric"
        value={draft.text}
        disabled={disabled}
        placeholder={placeholder}
        aria-invalid={valid ? undefined : true}
        aria-describedby={describedBy(hint !== undefined && hintId)}
        onBlur={draft.reset}
        onChange={(event) => {
          const next = accepts(event.target.value)
          if (next === undefined) {
            draft.change(event.target.value, value)
            return
          }
          draft.change(event.target.value, next)
          onCommit(next)
        }}
      />
    </FieldShell>
  )
}
