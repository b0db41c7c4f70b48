import { useId, useState, type FormEvent } from 'react'
import { DECISION_KINDS } from '@samskriv/shared'
import { enumOptions } from '../i18n/enumLabel'
import { t } from '../i18n/t'

/** The decision register's filter keys, as in its address. */
export const DECISION_FILTER_KEYS = ['body', 'from', 'to', 'group', 'kind', 'person', 'q'] as const

/** The decision register's filters as the form holds them. */
export type DecisionFilterValues = Partial<Record<(typeof DECISION_FILTER_KEYS)[number], string>>

/** Props of {@link DecisionFilterForm}. */
export interface DecisionFilterFormProps {
  value: DecisionFilterValues
  onApply: (next: DecisionFilterValues) => void
  /** Deciding bodies and groups to suggest (these filters match exactly). */
  suggestions: { bodies: readonly string[]; groups: readonly string[] }
}

/** The filters of the decision register: body, date range, group, kind, person and free text. */
export function DecisionFilterForm({ value, onApply, suggestions }: DecisionFilterFormProps) {
  const [draft, setDraft] = useState<DecisionFilterValues>(value)
  const [applied, setApplied] = useState(value)
  if (applied !== value) {
    // The address changed (back button, a reset): show what is applied now.
    setApplied(value)
    setDraft(value)
  }
  const id = useId()
  const field = (key: keyof DecisionFilterValues) => ({
    id: `${id}-${key}`,
    value: draft[key] ?? '',
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value }),
  })

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    onApply(draft)
  }

  return (
    <form className="panel filter-form" role="search" aria-label={t('decisions.filtersLabel')} onSubmit={submit}>
      <div className="filter-form__fields">
        <div className="field filter-form__wide">
          <label htmlFor={`${id}-q`}>{t('decisions.filterText')}</label>
          <input type="search" {...field('q')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-body`}>{t('decisions.filterBody')}</label>
          <input type="text" list={`${id}-bodies`} {...field('body')} />
          <datalist id={`${id}-bodies`}>
            {suggestions.bodies.map((body) => (
              <option key={body} value={body} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('decisions.filterKind')}</label>
          <select {...field('kind')}>
            <option value="">{t('registers.all')}</option>
            {enumOptions('decisionKind', DECISION_KINDS).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('decisions.filterFrom')}</label>
          <input type="date" {...field('from')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('decisions.filterTo')}</label>
          <input type="date" {...field('to')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('decisions.filterGroup')}</label>
          <input type="text" list={`${id}-groups`} {...field('group')} />
          <datalist id={`${id}-groups`}>
            {suggestions.groups.map((group) => (
              <option key={group} value={group} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={`${id}-person`}>{t('decisions.filterPerson')}</label>
          <input type="text" {...field('person')} />
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
