import { useId, useState, type FormEvent } from 'react'
import { ACTIVITY_STATUSES } from '@samskriv/shared'
import { enumOptions } from '../i18n/enumLabel'
import { t } from '../i18n/t'

/** The activity overview's filter keys, as in its address. */
export const ACTIVITY_FILTER_KEYS = ['group', 'period', 'status', 'responsible', 'q'] as const

/** The activity overview's filters as the form holds them. */
export type ActivityFilterValues = Partial<Record<(typeof ACTIVITY_FILTER_KEYS)[number], string>>

/** Props of {@link ActivityFilterForm}. */
export interface ActivityFilterFormProps {
  value: ActivityFilterValues
  onApply: (next: ActivityFilterValues) => void
  /** Groups to suggest (the group filter matches exactly). */
  groups: readonly string[]
}

/** The filters of the activity overview: group, plan period (year), status, responsible, free text. */
export function ActivityFilterForm({ value, onApply, groups }: ActivityFilterFormProps) {
  const [draft, setDraft] = useState<ActivityFilterValues>(value)
  const [applied, setApplied] = useState(value)
  if (applied !== value) {
    setApplied(value)
    setDraft(value)
  }
  const id = useId()
  const field = (key: keyof ActivityFilterValues) => ({
    id: `${id}-${key}`,
    value: draft[key] ?? '',
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value }),
  })

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    onApply(draft)
  }

  return (
    <form className="panel filter-form" role="search" aria-label={t('activities.filtersLabel')} onSubmit={submit}>
      <div className="filter-form__fields">
        <div className="field filter-form__wide">
          <label htmlFor={`${id}-q`}>{t('activities.filterText')}</label>
          <input type="search" {...field('q')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('activities.filterGroup')}</label>
          <input type="text" list={`${id}-groups`} {...field('group')} />
          <datalist id={`${id}-groups`}>
            {groups.map((group) => (
              <option key={group} value={group} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={`${id}-period`}>{t('activities.filterPeriod')}</label>
          <input
            type="text"
            inputMode="numeric"
            maxLength={4}
            placeholder={t('field.yearPlaceholder')}
            {...field('period')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('activities.filterStatus')}</label>
          <select {...field('status')}>
            <option value="">{t('registers.all')}</option>
            {enumOptions('activityStatus', ACTIVITY_STATUSES).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-responsible`}>{t('activities.filterResponsible')}</label>
          <input type="text" {...field('responsible')} />
        </div>
      </div>
      <div className="filter-form__actions">
        <button type="submit" className="button button--primary">
          {t('registers.apply')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft({})
            onApply({})
          }}
        >
          {t('registers.clear')}
        </button>
      </div>
    </form>
  )
}
