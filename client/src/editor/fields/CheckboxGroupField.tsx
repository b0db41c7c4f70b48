import { CheckboxField } from './CheckboxField'
import type { SelectOption } from './SelectField'

/** Props of {@link CheckboxGroupField}. */
export interface CheckboxGroupFieldProps<T extends string> {
  legend: string
  value: readonly T[]
  options: ReadonlyArray<SelectOption<T>>
  onCommit: (value: T[]) => void
  disabled: boolean
  className?: string | undefined
}

/** A set of choices (e.g. an activity's perspectives) as checkboxes in a fieldset; order kept. */
export function CheckboxGroupField<T extends string>({
  legend,
  value,
  options,
  onCommit,
  disabled,
  className,
}: CheckboxGroupFieldProps<T>) {
  return (
    <fieldset className={className ? `block-fieldset ${className}` : 'block-fieldset'}>
      <legend>{legend}</legend>
      <div className="block-fieldset__choices">
        {options.map((option) => (
          <CheckboxField
            key={option.value}
            label={option.label}
            checked={value.includes(option.value)}
            disabled={disabled}
            onCommit={(checked) => {
              const chosen = new Set(value)
              if (checked) chosen.add(option.value)
              else chosen.delete(option.value)
              onCommit(options.map((o) => o.value).filter((v) => chosen.has(v)))
            }}
          />
        ))}
      </div>
    </fieldset>
  )
}
