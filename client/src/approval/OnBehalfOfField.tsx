import { useId } from 'react'
import { t } from '../i18n/t'

/** Props of {@link OnBehalfOfField}. */
export interface OnBehalfOfFieldProps {
  label: string
  value: string
  /** The field was left empty on submit. */
  missing: boolean
  onChange: (value: string) => void
}

/** The body (e.g. Länsgemensam ledning) on whose behalf something is approved; required. */
export function OnBehalfOfField({ label, value, missing, onChange }: OnBehalfOfFieldProps) {
  const inputId = useId()
  const hintId = useId()
  const errorId = useId()
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        value={value}
        maxLength={200}
        required
        data-autofocus
        autoComplete="organization"
        aria-invalid={missing ? true : undefined}
        aria-describedby={missing ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={hintId} className="field__hint">
        {t('approveDialog.onBehalfOfHint')}
      </p>
      {missing && (
        <p id={errorId} className="field__error">
          {t('approveDialog.onBehalfOfRequired')}
        </p>
      )}
    </div>
  )
}
