import { useId, useRef, useState, type FormEvent } from 'react'
import { MAX_TITLE_LENGTH } from '@samskriv/shared'
import { validateTitle } from '../documents/validateTitle'
import { t } from '../i18n/t'

/** Props of {@link DocumentTitleField}. */
export interface DocumentTitleFieldProps {
  /** The title in the document now (changes when someone else renames it). */
  title: string
  disabled: boolean
  /**
   * Called with a valid, changed, trimmed title on Enter or when the field loses focus. The draft
   * stays in the field until the returned promise settles (by then `title` shows the change).
   */
  onCommit: (title: string) => Promise<void>
}

/**
 * The document's title as an input. While it has focus it holds the user's draft; Enter or
 * leaving the field saves it, Escape goes back to the current title.
 */
export function DocumentTitleField({ title, disabled, onCommit }: DocumentTitleFieldProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const committing = useRef(false)
  const inputId = useId()
  const errorId = useId()

  function commit(): void {
    if (draft === null || committing.current) return
    const invalid = validateTitle(draft)
    if (invalid !== null) {
      setError(invalid)
      return
    }
    setError(null)
    const trimmed = draft.trim()
    if (trimmed === title) {
      setDraft(null)
      return
    }
    committing.current = true
    void onCommit(trimmed).finally(() => {
      committing.current = false
      setDraft(null)
    })
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    commit()
  }

  return (
    <form className="title-field" noValidate onSubmit={submit}>
      <label htmlFor={inputId} className="title-field__label visually-hidden">
        {t('editor.titleLabel')}
      </label>
      <input
        id={inputId}
        className="title-field__input"
        type="text"
        data-testid="document-title"
        value={draft ?? title}
        maxLength={MAX_TITLE_LENGTH}
        disabled={disabled}
        required
        aria-invalid={error === null ? undefined : true}
        aria-describedby={error === null ? undefined : errorId}
        onChange={(event) => {
          setDraft(event.target.value)
          setError(null)
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return
          setDraft(null)
          setError(null)
        }}
      />
      {error !== null && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </form>
  )
}
