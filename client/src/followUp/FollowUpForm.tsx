import { useId, useState, type FormEvent } from 'react'
import {
  ACTIVITY_STATUSES,
  MAX_FOLLOW_UP_COMMENT,
  type ActivityStatus,
  type RecordFollowUpRequest,
} from '@samskriv/shared'
import { enumLabel } from '../i18n/enumLabel'
import { t } from '../i18n/t'

/** Props of {@link FollowUpForm}. */
export interface FollowUpFormProps {
  /** The activity's description, for the form's name. */
  activity: string
  onSave: (entry: Omit<RecordFollowUpRequest, 'id' | 'writtenAt' | 'activityId'>) => Promise<void>
  onCancel: () => void
}

/** A new follow-up of one activity: a status (or unchanged), the date done and a comment. */
export function FollowUpForm({ activity, onSave, onCancel }: FollowUpFormProps) {
  const id = useId()
  const [status, setStatus] = useState<ActivityStatus | ''>('')
  const [doneDate, setDoneDate] = useState('')
  const [comment, setComment] = useState('')
  const [empty, setEmpty] = useState(false)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    if (status === '' && doneDate === '' && comment.trim() === '') {
      setEmpty(true)
      return
    }
    setBusy(true)
    try {
      await onSave({ status: status === '' ? null : status, doneDate: doneDate === '' ? null : doneDate, comment })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="form follow-up-form"
      aria-label={t('followUp.addFor', { activity })}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <div className="follow-up-form__row">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('followUp.statusField')}</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(event) => {
              setEmpty(false)
              setStatus(ACTIVITY_STATUSES.find((s) => s === event.target.value) ?? '')
            }}
          >
            <option value="">{t('followUp.statusUnchanged')}</option>
            {ACTIVITY_STATUSES.map((value) => (
              <option key={value} value={value}>
                {enumLabel('activityStatus', value)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-done`}>{t('followUp.doneDate')}</label>
          <input
            id={`${id}-done`}
            type="date"
            value={doneDate}
            onChange={(event) => {
              setEmpty(false)
              setDoneDate(event.target.value)
            }}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('followUp.comment')}</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          maxLength={MAX_FOLLOW_UP_COMMENT}
          value={comment}
          aria-describedby={`${id}-hint${empty ? ` ${id}-empty` : ''}`}
          aria-invalid={empty || undefined}
          onChange={(event) => {
            setEmpty(false)
            setComment(event.target.value)
          }}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('followUp.commentHint')}
        </p>
        {empty && (
          <p id={`${id}-empty`} className="field__error" role="alert">
            {t('followUp.empty')}
          </p>
        )}
      </div>
      <div className="dialog__actions dialog__actions--start">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('followUp.save')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('followUp.cancel')}
        </button>
      </div>
    </form>
  )
}
