import { useId, useState } from 'react'
import { parsePeopleList, type PastedPerson } from '@samskriv/shared'
import { t } from '../../i18n/t'

/** Props of {@link AttendancePastePanel}. */
export interface AttendancePastePanelProps {
  /** Adds the people read from the text to the list, in order. */
  onAdd: (people: PastedPerson[]) => void
  onClose: () => void
}

/**
 * Pasting a whole attendance list at once: a text box for lines copied from Word, Excel or an
 * e-mail, how many people it reads, and a button that adds them all.
 */
export function AttendancePastePanel({ onAdd, onClose }: AttendancePastePanelProps) {
  const [text, setText] = useState('')
  const textId = useId()
  const hintId = useId()
  const statusId = useId()
  const people = parsePeopleList(text)
  return (
    <div className="block-field attendance-paste">
      <label htmlFor={textId}>{t('attendance.pasteLabel')}</label>
      <p id={hintId} className="field__hint">
        {t('attendance.pasteHint')}
      </p>
      <textarea
        id={textId}
        className="attendance-paste__text"
        rows={8}
        value={text}
        aria-describedby={`${hintId} ${statusId}`}
        autoFocus
        onChange={(event) => setText(event.target.value)}
      />
      <p id={statusId} className="field__hint" aria-live="polite">
        {text.trim() === '' ? '' : t('attendance.pasteCount', { count: people.length })}
      </p>
      <div className="attendance-paste__actions">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={people.length === 0}
          onClick={() => {
            onAdd(people)
            setText('')
            onClose()
          }}
        >
          {t('attendance.pasteAdd', { count: people.length })}
        </button>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('attendance.pasteCancel')}
        </button>
      </div>
    </div>
  )
}
