import { useEffect, useId, useState } from 'react'
import { DOCUMENT_TYPES, type DocumentStatus } from '@samskriv/shared'
import { documentTypeLabel } from '../documents/documentTypeLabel'
import { t } from '../i18n/t'
import { hasFilters, NO_FILTERS, type DocumentFilters } from './documentFilters'

/** How long typing pauses before the list is searched. */
const TYPING_PAUSE_MS = 250

const STATUS_LABELS: Record<DocumentStatus, () => string> = {
  draft: () => t('search.statusDraft'),
  justering: () => t('search.statusJustering'),
  approved: () => t('search.statusApproved'),
}

/** Props of {@link DocumentSearchForm}. */
export interface DocumentSearchFormProps {
  value: DocumentFilters
  onApply: (next: DocumentFilters, options?: { replace?: boolean }) => void
  /** Group id → name; the group filter is offered with it. */
  groupNames?: ReadonlyMap<string, string> | undefined
  /** The meeting bodies known; the body filter is offered when there are any. */
  bodies: readonly string[]
}

/**
 * The document list's search box (searched as one types, after a short pause) and its filters by
 * type, status, group and meeting body, applied at once; "Rensa filter" clears them all.
 */
export function DocumentSearchForm({ value, onApply, groupNames, bodies }: DocumentSearchFormProps) {
  const id = useId()
  const [typed, setTyped] = useState(value.q)
  const [seen, setSeen] = useState(value.q)
  if (value.q !== seen) {
    // The address changed (back button, cleared): show its words; not when it only took what is
    // typed (the address keeps no trailing space, the box must, or the next word runs on).
    setSeen(value.q)
    if (value.q.trim() !== typed.trim()) setTyped(value.q)
  }
  useEffect(() => {
    if (typed.trim() === value.q.trim()) return
    const timer = setTimeout(() => onApply({ ...value, q: typed }, { replace: true }), TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [typed, value, onApply])

  const choose = (key: 'type' | 'status' | 'group' | 'body') => ({
    id: `${id}-${key}`,
    value: value[key] ?? '',
    onChange: (event: { target: { value: string } }) =>
      onApply({ ...value, q: typed, [key]: event.target.value === '' ? null : event.target.value }),
  })
  const groups = groupNames ? [...groupNames].sort((a, b) => a[1].localeCompare(b[1], 'sv')) : []

  return (
    <form
      className="filter-form document-search"
      role="search"
      aria-label={t('search.heading')}
      onSubmit={(event) => {
        event.preventDefault()
        onApply({ ...value, q: typed }, { replace: true })
      }}
    >
      <div className="filter-form__fields">
        <div className="field filter-form__wide">
          <label htmlFor={`${id}-q`}>{t('search.query')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={typed}
            maxLength={200}
            autoComplete="off"
            aria-describedby={`${id}-q-hint`}
            onChange={(event) => setTyped(event.target.value)}
          />
          <p id={`${id}-q-hint`} className="field__hint">
            {t('search.queryHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('search.type')}</label>
          <select {...choose('type')}>
            <option value="">{t('search.any')}</option>
            {DOCUMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {documentTypeLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('search.status')}</label>
          <select {...choose('status')}>
            <option value="">{t('search.any')}</option>
            {Object.entries(STATUS_LABELS).map(([status, label]) => (
              <option key={status} value={status}>
                {label()}
              </option>
            ))}
          </select>
        </div>
        {groupNames && (
          <div className="field">
            <label htmlFor={`${id}-group`}>{t('search.group')}</label>
            <select {...choose('group')}>
              <option value="">{t('search.any')}</option>
              {groups.map(([groupId, name]) => (
                <option key={groupId} value={groupId}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        )}
        {(bodies.length > 0 || value.body !== null) && (
          <div className="field">
            <label htmlFor={`${id}-body`}>{t('search.body')}</label>
            <select {...choose('body')}>
              <option value="">{t('search.any')}</option>
              {value.body !== null && !bodies.includes(value.body) && <option value={value.body}>{value.body}</option>}
              {bodies.map((body) => (
                <option key={body} value={body}>
                  {body}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="filter-form__actions">
        <button
          type="button"
          className="button"
          disabled={!hasFilters({ ...value, q: typed })}
          onClick={() => {
            setTyped('')
            onApply(NO_FILTERS)
          }}
        >
          {t('search.clear')}
        </button>
      </div>
    </form>
  )
}
