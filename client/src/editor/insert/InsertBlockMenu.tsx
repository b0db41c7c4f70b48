import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { Editor } from '@tiptap/core'
import type { DocumentType } from '@samskriv/shared'
import { t } from '../../i18n/t'
import { canInsertBlock, insertBlock } from './insertBlock'
import { INSERTABLE_BLOCKS } from './insertableBlocks'

/** Props of {@link InsertBlockMenu}. */
export interface InsertBlockMenuProps {
  editor: Editor
  documentType: DocumentType
  disabled: boolean
}

/**
 * "Infoga block": a disclosure button opening the list of blocks that fit the document type; each
 * is a button, disabled where the selection does not allow it. Arrow keys move between them,
 * Escape closes the list and returns to the button. Pressing with a finger or mouse does not take
 * the selection from the text, so the block goes where the cursor was.
 */
export function InsertBlockMenu({ editor, documentType, disabled }: InsertBlockMenuProps) {
  const [open, setOpen] = useState(false)
  const listId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const focusFirst = useRef(false)
  const items = INSERTABLE_BLOCKS[documentType]

  useEffect(() => {
    if (!open) return
    if (focusFirst.current) {
      focusFirst.current = false
      rootRef.current?.querySelector<HTMLButtonElement>('.insert-menu__item:not(:disabled)')?.focus()
    }
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', closeOutside)
    return () => document.removeEventListener('pointerdown', closeOutside)
  }, [open])

  function close(returnFocus: boolean): void {
    setOpen(false)
    if (returnFocus) toggleRef.current?.focus()
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Escape' && open) {
      event.preventDefault()
      close(true)
      return
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const buttons = [
      ...(rootRef.current?.querySelectorAll<HTMLButtonElement>('.insert-menu__item:not(:disabled)') ?? []),
    ]
    if (buttons.length === 0) return
    event.preventDefault()
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const next =
      event.key === 'ArrowDown'
        ? buttons[(current + 1) % buttons.length]
        : buttons[(current - 1 + buttons.length) % buttons.length]
    next?.focus()
  }

  return (
    <div className="insert-menu" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="toolbar__button insert-menu__toggle"
        aria-expanded={open}
        aria-controls={listId}
        disabled={disabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={(event) => {
          // Opened from the keyboard (no pointer): focus goes to the first choice.
          focusFirst.current = !open && event.detail === 0
          setOpen(!open)
        }}
      >
        {t('insert.menu')}
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul id={listId} className="insert-menu__list" hidden={!open} aria-label={t('insert.listLabel')}>
        {open &&
          items.map((item) => (
            <li key={item.kind}>
              <button
                type="button"
                className="insert-menu__item"
                disabled={!canInsertBlock(editor.state, item.kind)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  close(false)
                  insertBlock(editor, item.kind)
                }}
              >
                {t(item.label)}
              </button>
            </li>
          ))}
      </ul>
    </div>
  )
}
