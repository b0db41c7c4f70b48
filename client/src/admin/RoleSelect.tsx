import { useId } from 'react'
import { GROUP_ROLES, type GroupRole } from '@samskriv/shared'
import { enumLabel } from '../i18n/enumLabel'

/** A role in a group: läsare, kommentator, redigerare, samordnare. */
export function RoleSelect({
  label,
  hideLabel = false,
  value,
  onChange,
}: {
  label: string
  hideLabel?: boolean
  value: GroupRole
  onChange: (role: GroupRole) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = GROUP_ROLES.find((candidate) => candidate === event.target.value)
          if (chosen !== undefined) onChange(chosen)
        }}
      >
        {GROUP_ROLES.map((role) => (
          <option key={role} value={role}>
            {enumLabel('groupRole', role)}
          </option>
        ))}
      </select>
    </div>
  )
}
