import { useId } from 'react'
import { describedBy } from './describedBy'
import { FieldShell } from './FieldShell'
import { OverwrittenNotice } from './OverwrittenNotice'
import { useDraft } from './useDraft'
import { useOverwrittenValue } from './useOverwrittenValue'

/** Props of {@link TextListField}. */
export interface TextListFieldProps {
  label: string
  /** Shown under the field; say how entries are separated. */
  hint: string
  value: readonly string[]
  onCommit: (value: string[]) => void
  disabled: boolean
  className?: string | undefined
}

const format = (value: readonly string[]) => value.join(', ')
const parse = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i])

/** A list of names (people, groups) written in one field, separated by commas. */
export function TextListField({ label, hint, value, onCommit, disabled, className }: TextListFieldProps) {
  const inputId = useId()
  const hintId = useId()
  const mine = useOverwrittenValue<readonly string[]>(value, same)
  const draft = useDraft<readonly string[]>(value, format, same, mine.editing)
  const commit = (next: readonly string[]): void => {
    mine.wrote(next)
    onCommit([...next])
  }
  return (
    <FieldShell
      inputId={inputId}
      label={label}
      hint={hint}
      hintId={hintId}
      className={className}
      notice={
        mine.overwritten !== null && (
          <OverwrittenNotice
            text={format(mine.overwritten)}
            onRestore={() => commit(mine.overwritten ?? [])}
            onDismiss={mine.dismiss}
          />
        )
      }
    >
      <input
        id={inputId}
        type="text"
        value={draft.text}
        disabled={disabled}
        aria-describedby={describedBy(hintId)}
        onFocus={() => {
          // Held as it is now while this person is in the field.
          draft.change(draft.text, value)
          mine.focused(true)
        }}
        onBlur={() => {
          mine.focused(false)
          draft.reset()
        }}
        onChange={(event) => {
          const next = parse(event.target.value)
          draft.change(event.target.value, next)
          if (!same(next, value)) commit(next)
        }}
      />
    </FieldShell>
  )
}
