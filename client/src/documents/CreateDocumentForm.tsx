import { useId, useState, type FormEvent } from 'react'
import { useLocation } from 'wouter'
import { DOCUMENT_TYPES, MAX_TITLE_LENGTH, type DocumentType } from '@samskriv/shared'
import { useAppServices } from '../app/useAppServices'
import { t } from '../i18n/t'
import { describeStorageError } from '../storage/describeStorageError'
import { documentTypeLabel } from './documentTypeLabel'
import { validateTitle } from './validateTitle'

/**
 * Creates a document (title and type) on this device — online or offline alike — and opens it.
 * Registration with the server follows in the background.
 */
export function CreateDocumentForm() {
  const { library } = useAppServices()
  const [, navigate] = useLocation()
  const [title, setTitle] = useState('')
  const [type, setType] = useState<DocumentType>('protocol')
  const [titleError, setTitleError] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const headingId = useId()
  const titleId = useId()
  const typeId = useId()
  const errorId = useId()

  async function create(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    const invalid = validateTitle(title)
    setTitleError(invalid)
    setFormError(null)
    if (invalid !== null) return
    setBusy(true)
    try {
      const id = await library.create({ title, type })
      navigate(`/dokument/${id}`)
    } catch (error) {
      setFormError(t('list.createFailed', { reason: describeStorageError(error) }))
      setBusy(false)
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('list.createHeading')}</h2>
      <form className="create-form" noValidate onSubmit={(event) => void create(event)}>
        <div className="field create-form__title">
          <label htmlFor={titleId}>{t('list.titleLabel')}</label>
          <input
            id={titleId}
            type="text"
            value={title}
            maxLength={MAX_TITLE_LENGTH}
            required
            aria-invalid={titleError === null ? undefined : true}
            aria-describedby={titleError === null ? undefined : errorId}
            onChange={(event) => {
              setTitle(event.target.value)
              setTitleError(null)
            }}
          />
          {titleError !== null && (
            <p id={errorId} className="field__error">
              {titleError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={typeId}>{t('list.typeLabel')}</label>
          <select
            id={typeId}
            value={type}
            onChange={(event) => {
              const chosen = DOCUMENT_TYPES.find((candidate) => candidate === event.target.value)
              if (chosen !== undefined) setType(chosen)
            }}
          >
            {DOCUMENT_TYPES.map((value) => (
              <option key={value} value={value}>
                {documentTypeLabel(value)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary create-form__submit" disabled={busy}>
          {busy ? t('list.creating') : t('list.create')}
        </button>
      </form>
      {formError !== null && (
        <p className="alert alert--error" role="alert">
          {formError}
        </p>
      )}
    </section>
  )
}
