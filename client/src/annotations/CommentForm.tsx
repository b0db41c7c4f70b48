import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { t } from '../i18n/t'
import { MAX_COMMENT_LENGTH } from './commentActions'
import { useKeepAboveKeyboard } from './useKeepAboveKeyboard'

/** Props of {@link CommentForm}. */
export interface CommentFormProps {
  /** The field's label ("Kommentar", "Ditt svar"). */
  label: string
  submitLabel: string
  /** Stores the text; the form empties itself after. */
  onSubmit: (body: string) => void
  onCancel: () => void
  /** Shown above the field (what the comment is about). */
  children?: ReactNode
  autoFocus?: boolean
}

/**
 * A comment or reply field with its buttons. Empty or too long text gets an error and keeps what
 * was typed; the field stays in view above the on-screen keyboard while it is typed in.
 */
export function CommentForm({ label, submitLabel, onSubmit, onCancel, children, autoFocus = true }: CommentFormProps) {
  const id = useId()
  const [body, setBody] = useState('')
  const [error, setError] = useState<string | null>(null)
  const field = useRef<HTMLTextAreaElement>(null)
  useKeepAboveKeyboard(field)

  function submit(event: FormEvent): void {
    event.preventDefault()
    const text = body.trim()
    if (text === '') setError(t('comments.required'))
    else if (text.length > MAX_COMMENT_LENGTH) setError(t('comments.tooLong', { max: MAX_COMMENT_LENGTH }))
    else {
      onSubmit(text)
      setBody('')
      setError(null)
      return
    }
    field.current?.focus()
  }

  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      {children}
      <div className="field">
        <label htmlFor={`${id}-body`}>{label}</label>
        <textarea
          id={`${id}-body`}
          ref={field}
          rows={3}
          value={body}
          autoFocus={autoFocus}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${id}-error` : undefined}
          onChange={(event) => setBody(event.target.value)}
        />
        {error !== null && (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        )}
      </div>
      <div className="comment-form__actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('comments.cancel')}
        </button>
      </div>
    </form>
  )
}
