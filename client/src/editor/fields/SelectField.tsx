import { useId } from 'react'
import { FieldShell } from './FieldShell'

/** One choice of a {@link SelectField}. */
export interface SelectOption<T extends string> {
  value: T
  label: string
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps<T extends string> {
  label: string
  value: T
  options: ReadonlyArray<SelectOption<T>>
  onCommit: (value: T) => void
  disabled: boolean
  className?: string | undefined
  /** Hide the label visually (it stays the control's name), where the context shows what it is. */
  hideLabel?: boolean
}

/** A labelled native select bound to an enum attribute. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onCommit,
  disabled,
  className,
  hideLabel = false,
}: SelectFieldProps<T>) {
  const inputId = useId()
  const classes = [className, hideLabel ? 'block-field--label-hidden' : undefined].filter(Boolean).join(' ')
  return (
    <FieldShell inputId={inputId} label={label} className={classes || undefined}>
      <select
        id={inputId}
        value={value}
        disabled={disabled}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value)
          if (chosen !== undefined) onCommit(chosen.value)
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  )
}
