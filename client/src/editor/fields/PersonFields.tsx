import type { Person } from '@samskriv/shared'
import { t } from '../../i18n/t'
import { TextField } from './TextField'

/** Props of {@link PersonFields}. */
export interface PersonFieldsProps {
  person: Person
  onCommit: (person: Person) => void
  disabled: boolean
  autoFocus?: boolean
  /** Prefix of the field labels, e.g. "Ny ledamot" → "Ny ledamot: namn". */
  labelPrefix?: string | undefined
}

/** Name, title and organisation of one person, as three fields. */
export function PersonFields({ person, onCommit, disabled, autoFocus, labelPrefix }: PersonFieldsProps) {
  const label = (text: string) =>
    labelPrefix === undefined ? text : `${labelPrefix}: ${text.toLocaleLowerCase('sv-SE')}`
  return (
    <>
      <TextField
        label={label(t('field.personName'))}
        value={person.name}
        disabled={disabled}
        maxLength={200}
        autoFocus={autoFocus}
        onCommit={(name) => onCommit({ ...person, name })}
      />
      <TextField
        label={label(t('field.personTitle'))}
        value={person.title}
        disabled={disabled}
        maxLength={200}
        onCommit={(title) => onCommit({ ...person, title })}
      />
      <TextField
        label={label(t('field.personOrganisation'))}
        value={person.organisation}
        disabled={disabled}
        maxLength={200}
        onCommit={(organisation) => onCommit({ ...person, organisation })}
      />
    </>
  )
}
