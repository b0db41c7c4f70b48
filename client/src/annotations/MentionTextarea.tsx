import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import { mentionQueryAt, type ChosenMention } from '@samskriv/shared'
import { t } from '../i18n/t'
import { mentionChoices } from './mentionChoices'
import type { MentionablePerson } from './useMentionable'

/** Props of {@link MentionTextarea}. */
export interface MentionTextareaProps {
  id: string
  value: string
  onChange: (value: string) => void
  /** Who may be mentioned; none: the field is a plain text field. */
  people: readonly MentionablePerson[]
  /** The writer, not offered. */
  myId: string | null
  /** A person was chosen (their `@label` now stands in the text). */
  onChoose: (choice: ChosenMention) => void
  fieldRef: RefObject<HTMLTextAreaElement | null>
  describedBy: string | undefined
  invalid: boolean
  autoFocus: boolean
}

/**
 * A comment's text field that offers the group's people when `@` is typed: a listbox under the
 * field, the field pointing at the highlighted option (`aria-activedescendant`), so a screen reader
 * follows it; arrow keys move, Enter or Tab choose, Escape closes, and a tap chooses too (tablets
 * without arrow keys). The choice stands in the text as `@Name`.
 */
export function MentionTextarea(props: MentionTextareaProps) {
  const { id, value, people, fieldRef } = props
  const [caret, setCaret] = useState(0)
  const [highlighted, setHighlighted] = useState(0)
  /** Where the `@` of a list closed (Escape, or a choice) stands, so it stays closed for that mention. */
  const [dismissed, setDismissed] = useState<number | null>(null)
  const query = people.length > 0 ? mentionQueryAt(value, caret) : null
  const open = query !== null && query.start !== dismissed
  const choices = open ? mentionChoices(people, query.query, props.myId) : []
  const active = Math.min(highlighted, Math.max(choices.length - 1, 0))
  const listId = `${id}-mentions`
  const optionId = (index: number) => `${id}-mention-${index}`
  const showList = open && choices.length > 0

  const noteCaret = (field: HTMLTextAreaElement) => setCaret(field.selectionStart)
  /**
   * Where the caret goes once a choice is in the field. It is placed as soon as React has written
   * the new text, before the browser handles the next key: placed a frame later, a fast typist's
   * next letters would land at the end of the text and the rest after the name.
   */
  const pendingCaret = useRef<number | null>(null)
  useLayoutEffect(() => {
    const at = pendingCaret.current
    const field = fieldRef.current
    if (at === null || !field) return
    pendingCaret.current = null
    field.focus()
    field.setSelectionRange(at, at)
  })

  const choose = (choice: ChosenMention): void => {
    if (query === null) return
    const rest = value.slice(caret)
    // One space after the name: the text's own when one follows already.
    const inserted = /^\s/.test(rest) ? `@${choice.label}` : `@${choice.label} `
    const next = value.slice(0, query.start) + inserted + rest
    const at = query.start + inserted.length + (/^[ \t]/.test(rest) ? 1 : 0)
    props.onChange(next)
    props.onChoose(choice)
    // The chosen name is not a query any more.
    setDismissed(query.start)
    setCaret(at)
    setHighlighted(0)
    pendingCaret.current = at
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (!showList) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setHighlighted((active + step + choices.length) % choices.length)
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault()
      choose(choices[active]!)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      setDismissed(query.start)
    }
  }

  return (
    <>
      <textarea
        id={id}
        ref={fieldRef}
        rows={3}
        value={value}
        autoFocus={props.autoFocus}
        aria-invalid={props.invalid}
        aria-describedby={[props.describedBy, people.length > 0 ? `${id}-hint` : undefined].filter(Boolean).join(' ')}
        aria-autocomplete={people.length > 0 ? 'list' : undefined}
        aria-controls={showList ? listId : undefined}
        aria-activedescendant={showList ? optionId(active) : undefined}
        onChange={(event) => {
          props.onChange(event.target.value)
          noteCaret(event.target)
          setHighlighted(0)
        }}
        onSelect={(event) => noteCaret(event.currentTarget)}
        onKeyDown={onKeyDown}
      />
      {people.length > 0 && (
        <p id={`${id}-hint`} className="field__hint">
          {t('mentions.hint')}
        </p>
      )}
      {showList && (
        <ul id={listId} role="listbox" aria-label={t('mentions.listLabel')} className="mention-list">
          {choices.map((choice, index) => (
            <li
              key={choice.userId}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={
                index === active ? 'mention-list__option mention-list__option--active' : 'mention-list__option'
              }
              // Keeps the focus (and caret) in the field; the click then chooses.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(choice)}
            >
              {choice.label}
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {open ? (choices.length > 0 ? t('mentions.found', { count: choices.length }) : t('mentions.none')) : ''}
      </p>
    </>
  )
}
