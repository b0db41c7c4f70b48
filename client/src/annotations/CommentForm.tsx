import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { encodeMentions, type ChosenMention } from '@samskriv/shared'
import { t } from '../i18n/t'
import { MAX_COMMENT_LENGTH } from './commentActions'
import { MentionTextarea } from './MentionTextarea'
import type { MentionablePerson } from './useMentionable'
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
  /** Who may be mentioned with `@` (none: no mentions), and the writer (not offered). */
  mentionable?: { people: readonly MentionablePerson[]; myId: string | null }
}

const NO_MENTIONS = { people: [], myId: null }

/**
 * A comment or reply field with its buttons. Empty or too long text gets an error and keeps what
 * was typed; the field stays in view above the on-screen keyboard while it is typed in. People
 * chosen after `@` are stored as mentions of their accounts (see `encodeMentions`).
 */
export function CommentForm({
  label,
  submitLabel,
  onSubmit,
  onCancel,
  children,
  autoFocus = true,
  mentionable = NO_MENTIONS,
}: CommentFormProps) {
  const id = useId()
  const [body, setBody] = useState('')
  const [chosen, setChosen] = useState<ChosenMention[]>([])
  const [error, setError] = useState<string | null>(null)
  const field = useRef<HTMLTextAreaElement>(null)
  useKeepAboveKeyboard(field)

  function submit(event: FormEvent): void {
    event.preventDefault()
    const text = encodeMentions(body.trim(), chosen)
    if (text === '') setError(t('comments.required'))
    else if (text.length > MAX_COMMENT_LENGTH) setError(t('comments.tooLong', { max: MAX_COMMENT_LENGTH }))
    else {
      onSubmit(text)
      setBody('')
      setChosen([])
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
        <MentionTextarea
          id={`${id}-body`}
          fieldRef={field}
          value={body}
          onChange={setBody}
          people={mentionable.people}
          myId={mentionable.myId}
          onChoose={(choice) => setChosen((list) => [...list.filter((c) => c.label !== choice.label), choice])}
          autoFocus={autoFocus}
          invalid={error !== null}
          describedBy={error !== null ? `${id}-error` : undefined}
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
