import { useId, useState, type FormEvent } from 'react'
import { ModalDialog } from '../components/ModalDialog'
import { t } from '../i18n/t'
import { normalizeLinkHref } from './normalizeLinkHref'

/** Props of {@link LinkDialog}. */
export interface LinkDialogProps {
  /** The href of the link at the selection, or an empty string. */
  initialHref: string
  /** The selection is in a link, which can then be removed. */
  canRemove: boolean
  onSave: (href: string) => void
  onRemove: () => void
  onCancel: () => void
  /** Puts focus back in the editor when the dialog closes. */
  returnFocus: () => void
}

/** Asks for a link address (web, e-mail or phone); validates it before saving. */
export function LinkDialog({ initialHref, canRemove, onSave, onRemove, onCancel, returnFocus }: LinkDialogProps) {
  const [value, setValue] = useState(initialHref)
  const [error, setError] = useState<string | null>(null)
  const inputId = useId()
  const hintId = useId()
  const errorId = useId()

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    if (value.trim() === '') {
      setError(t('linkDialog.required'))
      return
    }
    const href = normalizeLinkHref(value)
    if (href === null) {
      setError(t('linkDialog.invalid'))
      return
    }
    onSave(href)
  }

  return (
    <ModalDialog title={t('linkDialog.title')} onCancel={onCancel} returnFocus={returnFocus}>
      <form className="form" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={inputId}>{t('linkDialog.urlLabel')}</label>
          <input
            id={inputId}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={value}
            data-autofocus
            aria-invalid={error === null ? undefined : true}
            aria-describedby={error === null ? hintId : `${hintId} ${errorId}`}
            onChange={(event) => {
              setValue(event.target.value)
              setError(null)
            }}
          />
          <p id={hintId} className="field__hint">
            {t('linkDialog.urlHint')}
          </p>
          {error !== null && (
            <p id={errorId} className="field__error">
              {error}
            </p>
          )}
        </div>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary">
            {t('linkDialog.save')}
          </button>
          {canRemove && (
            <button type="button" className="button" onClick={onRemove}>
              {t('linkDialog.remove')}
            </button>
          )}
          <button type="button" className="button" onClick={onCancel}>
            {t('linkDialog.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  )
}
