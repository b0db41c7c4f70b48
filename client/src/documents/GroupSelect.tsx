import { useId } from 'react'
import type { Group } from '@samskriv/shared'
import { t } from '../i18n/t'

/** A required choice of group, with an empty first option and its error tied to it. */
export function GroupSelect({
  groups,
  value,
  error,
  onChange,
  autoFocus = false,
}: {
  groups: Group[]
  value: string
  error: string | null
  onChange: (groupId: string) => void
  autoFocus?: boolean
}) {
  const id = useId()
  const errorId = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{t('list.groupLabel')}</label>
      <select
        id={id}
        value={value}
        required
        data-autofocus={autoFocus ? true : undefined}
        aria-invalid={error === null ? undefined : true}
        aria-describedby={error === null ? undefined : errorId}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('list.chooseGroup')}</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </select>
      {error !== null && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  )
}
