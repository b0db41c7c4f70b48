import { useId } from 'react'
import { formatDate } from '../i18n/formatDate'
import { t } from '../i18n/t'
import type { LocalProtocol } from './readLocalProtocols'

/** Props of {@link StartingPointField}. */
export interface StartingPointFieldProps {
  /** Each body's latest protocol on this device (see `previousOptions`). */
  options: readonly LocalProtocol[]
  /** The chosen protocol's id, or '' for the template. */
  value: string
  onChange: (value: string) => void
}

/**
 * What a new protocol starts from: the template, or a body's previous protocol, named by its title,
 * body and meeting date, with what comes along and what does not.
 */
export function StartingPointField({ options, value, onChange }: StartingPointFieldProps) {
  const name = useId()
  const hintId = useId()
  const choices = [
    { id: '', label: t('previous.fromTemplate'), hint: t('previous.fromTemplateHint') },
    ...options.map((p) => ({
      id: p.id,
      label: t('previous.fromPrevious', { title: p.title }),
      hint: t('previous.fromPreviousHint', {
        body: p.decidingBody,
        date: p.date === '' ? t('previous.noDate') : formatDate(p.date),
      }),
    })),
  ]
  return (
    <fieldset className="field starting-point" aria-describedby={hintId}>
      <legend>{t('previous.startLegend')}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.id || 'template'}`
        return (
          <div key={choice.id || 'template'} className="starting-point__choice">
            <input
              id={id}
              type="radio"
              name={name}
              value={choice.id}
              checked={value === choice.id}
              aria-describedby={`${id}-hint`}
              onChange={() => onChange(choice.id)}
            />
            <label htmlFor={id}>
              <span className="starting-point__label">{choice.label}</span>
              <span id={`${id}-hint`} className="starting-point__hint">
                {choice.hint}
              </span>
            </label>
          </div>
        )
      })}
      <p id={hintId} className="note starting-point__note">
        {t('previous.onlyThisDevice')}
      </p>
    </fieldset>
  )
}
