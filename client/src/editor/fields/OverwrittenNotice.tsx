import { t } from '../../i18n/t'

/** Props of {@link OverwrittenNotice}. */
export interface OverwrittenNoticeProps {
  /** What this person wrote, as the field shows it. */
  text: string
  onRestore: () => void
  onDismiss: () => void
}

/** Under a field: what this person wrote was replaced by someone else's value; take it back, or not. */
export function OverwrittenNotice({ text, onRestore, onDismiss }: OverwrittenNoticeProps) {
  return (
    <div className="field__overwritten" role="status">
      <p>{t('field.overwritten', { value: text })}</p>
      <div className="field__overwritten-actions">
        <button type="button" className="button" onClick={onRestore}>
          {t('field.restoreMine')}
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          {t('field.keepTheirs')}
        </button>
      </div>
    </div>
  )
}
