import { useId, useState, type FormEvent } from 'react'
import { MAX_TITLE_LENGTH } from '@samskriv/shared'
import { ModalDialog } from '../components/ModalDialog'
import { t } from '../i18n/t'
import { validateTitle } from './validateTitle'

/** Props of {@link RenameDialog}. */
export interface RenameDialogProps {
  currentTitle: string
  onRename: (title: string) => void
  onCancel: () => void
}

/** Asks for a document's new title. */
export function RenameDialog({ currentTitle, onRename, onCancel }: RenameDialogProps) {
  const [title, setTitle] = useState(currentTitle)
  const [error, setError] = useState<string | null>(null)
  const inputId = useId()
  const errorId = useId()

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    const invalid = validateTitle(title)
    if (invalid !== null) {
      setError(invalid)
      return
    }
    onRename(title.trim())
  }

  return (
    <ModalDialog title={t('list.renameDialogTitle')} onCancel={onCancel}>
      <form className="form" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={inputId}>{t('list.newTitleLabel')}</label>
          <input
            id={inputId}
            type="text"
            value={title}
            maxLength={MAX_TITLE_LENGTH}
            required
            data-autofocus
            aria-invalid={error === null ? undefined : true}
            aria-describedby={error === null ? undefined : errorId}
            onChange={(event) => {
              setTitle(event.target.value)
              setError(null)
            }}
          />
          {error !== null && (
            <p id={errorId} className="field__error">
              {error}
            </p>
          )}
        </div>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary">
            {t('list.save')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('list.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  )
}
