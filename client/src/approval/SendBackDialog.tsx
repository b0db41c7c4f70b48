import { useId, useState, type FormEvent } from 'react'
import { ModalDialog } from '../components/ModalDialog'
import { t } from '../i18n/t'

/** Props of {@link SendBackDialog}. */
export interface SendBackDialogProps {
  onSendBack: (comment: string) => Promise<void>
  onCancel: () => void
  error: string | null
}

/** A signer sends the frozen text back with a comment; the text becomes editable again. */
export function SendBackDialog({ onSendBack, onCancel, error }: SendBackDialogProps) {
  const [comment, setComment] = useState('')
  const [missing, setMissing] = useState(false)
  const [busy, setBusy] = useState(false)
  const inputId = useId()
  const errorId = useId()

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    if (comment.trim() === '') {
      setMissing(true)
      return
    }
    setBusy(true)
    try {
      await onSendBack(comment.trim())
    } catch {
      // Shown by the page through `error`; the comment stays.
    } finally {
      setBusy(false)
    }
  }

  return (
    <ModalDialog title={t('sendBack.title')} onCancel={onCancel} dismissible={!busy}>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <p>{t('sendBack.intro')}</p>
        <div className="field">
          <label htmlFor={inputId}>{t('sendBack.comment')}</label>
          <textarea
            id={inputId}
            value={comment}
            rows={4}
            maxLength={2000}
            required
            data-autofocus
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? errorId : undefined}
            onChange={(event) => {
              setComment(event.target.value)
              setMissing(false)
            }}
          />
          {missing && (
            <p id={errorId} className="field__error">
              {t('sendBack.commentRequired')}
            </p>
          )}
        </div>
        {error !== null && (
          <p className="alert alert--error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('sendBack.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t('approveDialog.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  )
}
