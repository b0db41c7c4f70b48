import { t } from '../i18n/t'

/** Switches between the reading view and the form (the read-only editor, where text can be selected to comment). */
export function ReadingToggle({ reading, onToggle }: { reading: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="button button--small reading-toggle" onClick={onToggle}>
      {reading ? t('reading.showForm') : t('reading.showReading')}
    </button>
  )
}
