import { t } from '../../i18n/t'
import { NumberField } from './NumberField'

/** Props of {@link YearField}. */
export interface YearFieldProps {
  label: string
  /** YYYY or ''. */
  value: string
  onCommit: (value: string) => void
  disabled: boolean
}

/** A year (a plan period's first or last) as a four-digit field; empty means not filled in. */
export function YearField({ label, value, onCommit, disabled }: YearFieldProps) {
  return (
    <NumberField
      label={label}
      value={/^\d{4}$/.test(value) ? Number(value) : null}
      min={1900}
      max={2999}
      allowEmpty
      placeholder={t('field.yearPlaceholder')}
      disabled={disabled}
      onCommit={(year) => onCommit(year === null ? '' : String(year))}
    />
  )
}
