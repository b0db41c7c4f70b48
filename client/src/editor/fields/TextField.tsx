import { useId, type HTMLAttributes } from 'react'
import { describedBy } from './describedBy'
import { FieldShell } from './FieldShell'
import { OverwrittenNotice } from './OverwrittenNotice'
import { useDraft } from './useDraft'
import { useOverwrittenValue } from './useOverwrittenValue'

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
  const mine = useOverwrittenValue(value, same)
  const draft = useDraft(value, asIs, same, mine.editing)
  const commit = (next: string): void => {
    draft.change(next, next)
    mine.wrote(next)
    onCommit(next)
  }
  const common = {
    id: inputId,
    value: draft.text,
    disabled,
    placeholder,
    maxLength,
    autoFocus,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint !== undefined && hintId, error && errorId),
    onFocus: () => {
      // Held as it is now while this person is in the field.
      draft.change(draft.text, value)
      mine.focused(true)
    },
    onBlur: () => {
      mine.focused(false)
      draft.reset()
    },
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
      notice={
        mine.overwritten !== null && (
          <OverwrittenNotice
            text={mine.overwritten}
            onRestore={() => commit(mine.overwritten ?? '')}
            onDismiss={mine.dismiss}
          />
        )
      }
    >
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => commit(event.target.value)} />
      ) : (
        <input {...common} type={type} inputMode={inputMode} onChange={(event) => commit(event.target.value)} />
      )}
    </FieldShell>
  )
}
