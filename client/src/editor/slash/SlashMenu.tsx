import { useEffect, useId, useMemo, useState } from 'react'
import type { Editor } from '@tiptap/core'
import type { DocumentType } from '@samskriv/shared'
import { t } from '../../i18n/t'
import { filterSlashCommands, slashCommands, type SlashCommand } from './slashCommands'
import { slashQueryAt, type SlashQuery } from './slashQuery'

/** Props of {@link SlashMenu}. */
export interface SlashMenuProps {
  editor: Editor
  documentType: DocumentType
}

/** How many choices the menu shows at once. */
const MOST_SHOWN = 8

/** Where the menu is drawn: under the "/". */
interface Place {
  readonly top: number
  readonly left: number
}

/**
 * The "/" menu: typing "/" in a paragraph lists the blocks and text styles that fit here, typing
 * on filters them, arrow keys choose, Enter (or Tab) inserts at the cursor in place of what was
 * typed, Escape closes. Focus stays in the text, so a tablet keyboard works the same; the choices
 * can also be tapped.
 */
export function SlashMenu({ editor, documentType }: SlashMenuProps) {
  const listId = useId()
  const commands = useMemo(() => slashCommands(documentType), [documentType])
  const [query, setQuery] = useState<SlashQuery | null>(null)
  const [dismissedAt, setDismissedAt] = useState<number | null>(null)
  const [active, setActive] = useState(0)
  const open = query !== null && query.from !== dismissedAt && editor.isEditable
  // At most eight at once, so the list needs no scrolling; typing narrows it.
  const choices = open
    ? filterSlashCommands(commands, query.query)
        .filter((c) => c.enabled(editor))
        .slice(0, MOST_SHOWN)
    : []
  const shown = open && choices.length > 0
  const current = Math.min(active, Math.max(0, choices.length - 1))

  useEffect(() => {
    const update = () => {
      const next = slashQueryAt(editor.state)
      setQuery((previous) => {
        if (previous?.query !== next?.query) setActive(0)
        return next
      })
      if (next === null) setDismissedAt(null)
    }
    editor.on('transaction', update)
    return () => {
      editor.off('transaction', update)
    }
  }, [editor])

  const choose = (command: SlashCommand | undefined) => {
    if (command === undefined || query === null) return
    editor.chain().focus().deleteRange({ from: query.from, to: query.to }).run()
    command.run(editor)
  }

  useEffect(() => {
    if (!shown) return
    const surface = editor.view.dom.parentElement
    if (surface === null) return
    const onKey = (event: KeyboardEvent) => {
      if (event.target !== editor.view.dom) return
      let handled = true
      if (event.key === 'ArrowDown') setActive((current + 1) % choices.length)
      else if (event.key === 'ArrowUp') setActive((current - 1 + choices.length) % choices.length)
      else if (event.key === 'Enter' || event.key === 'Tab') choose(choices[current])
      else if (event.key === 'Escape') setDismissedAt(query?.from ?? null)
      else handled = false
      if (handled) {
        event.preventDefault()
        event.stopPropagation()
      }
    }
    // Capturing on the editor's parent: before ProseMirror's own Enter and arrow keys.
    surface.addEventListener('keydown', onKey, true)
    const dom = editor.view.dom
    dom.setAttribute('aria-controls', listId)
    dom.setAttribute('aria-activedescendant', `${listId}-${current}`)
    return () => {
      surface.removeEventListener('keydown', onKey, true)
      dom.removeAttribute('aria-controls')
      dom.removeAttribute('aria-activedescendant')
    }
  })

  if (!shown || query === null) return null
  const place = placeOf(editor, query.from)
  return (
    <div className="slash-menu" style={{ top: place.top, left: place.left }}>
      <ul id={listId} role="listbox" aria-label={t('slash.label')} className="slash-menu__list">
        {choices.map((command, index) => (
          <li
            key={command.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className={index === current ? 'slash-menu__item slash-menu__item--active' : 'slash-menu__item'}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(command)}
          >
            {command.label}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {t('slash.count', { count: choices.length })}
      </p>
    </div>
  )
}

/** Just under the "/" in the viewport, kept on screen. */
function placeOf(editor: Editor, pos: number): Place {
  const coords = editor.view.coordsAtPos(pos)
  const left = Math.max(8, Math.min(coords.left, window.innerWidth - 280))
  return { top: coords.bottom + 4, left }
}
