import { useRef, useState } from 'react'
import type { Editor } from '@tiptap/core'
import type { DocumentType } from '@samskriv/shared'
import { t } from '../i18n/t'
import { CheckListDialog } from './check/CheckListDialog'
import { InsertBlockMenu } from './insert/InsertBlockMenu'
import { labelEmptyTableHeaders } from './labelEmptyTableHeaders'
import { LinkDialog } from './LinkDialog'
import { ToolbarButton } from './ToolbarButton'
import { useToolbarState } from './useToolbarState'

const HEADING_LEVELS = [1, 2, 3] as const

/** Props of {@link EditorToolbar}. */
export interface EditorToolbarProps {
  editor: Editor | null
  /** False while the document may not be changed (locked, newer schema). */
  editable: boolean
  /** Which blocks the insert menu offers. */
  documentType: DocumentType
}

/**
 * The formatting toolbar: block type, bold and italic, lists, link, table, the typed blocks of the
 * document type ("Infoga block"), undo/redo and the check list before approval. Every control is a
 * real button in the tab order; toggles report `aria-pressed`. Table controls appear while the
 * selection is in a table, "remove link" while it is in a link.
 */
export function EditorToolbar({ editor, editable, documentType }: EditorToolbarProps) {
  const state = useToolbarState(editor)
  const [linkDialogOpen, setLinkDialogOpen] = useState(false)
  const [checkOpen, setCheckOpen] = useState(false)
  const checkButton = useRef<HTMLButtonElement>(null)
  if (editor === null || state === null) return null
  const disabled = !editable
  const chain = () => editor.chain().focus()

  return (
    <>
      <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <div className="toolbar__group" role="group" aria-label={t('toolbar.blockGroup')}>
          <ToolbarButton pressed={state.paragraph} disabled={disabled} onClick={() => chain().setParagraph().run()}>
            {t('toolbar.paragraph')}
          </ToolbarButton>
          {HEADING_LEVELS.map((level) => (
            <ToolbarButton
              key={level}
              pressed={state.headingLevel === level}
              disabled={disabled}
              onClick={() => chain().toggleHeading({ level }).run()}
            >
              {t('toolbar.heading', { level })}
            </ToolbarButton>
          ))}
        </div>
        <div className="toolbar__group" role="group" aria-label={t('toolbar.markGroup')}>
          <ToolbarButton
            className="toolbar__button--bold"
            pressed={state.bold}
            disabled={disabled}
            onClick={() => chain().toggleBold().run()}
          >
            {t('toolbar.bold')}
          </ToolbarButton>
          <ToolbarButton
            className="toolbar__button--italic"
            pressed={state.italic}
            disabled={disabled}
            onClick={() => chain().toggleItalic().run()}
          >
            {t('toolbar.italic')}
          </ToolbarButton>
        </div>
        <div className="toolbar__group" role="group" aria-label={t('toolbar.listGroup')}>
          <ToolbarButton
            pressed={state.bulletList}
            disabled={disabled}
            onClick={() => chain().toggleBulletList().run()}
          >
            {t('toolbar.bulletList')}
          </ToolbarButton>
          <ToolbarButton
            pressed={state.orderedList}
            disabled={disabled}
            onClick={() => chain().toggleOrderedList().run()}
          >
            {t('toolbar.orderedList')}
          </ToolbarButton>
        </div>
        <div className="toolbar__group" role="group" aria-label={t('toolbar.blocksGroup')}>
          <InsertBlockMenu editor={editor} documentType={documentType} disabled={disabled} />
        </div>
        <div className="toolbar__group" role="group" aria-label={t('toolbar.insertGroup')}>
          <ToolbarButton pressed={state.link} disabled={disabled} onClick={() => setLinkDialogOpen(true)}>
            {t('toolbar.link')}
          </ToolbarButton>
          {state.link && (
            <ToolbarButton disabled={disabled} onClick={() => chain().extendMarkRange('link').unsetLink().run()}>
              {t('toolbar.removeLink')}
            </ToolbarButton>
          )}
          <ToolbarButton
            disabled={disabled || state.inTable}
            onClick={() => {
              if (chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()) {
                labelEmptyTableHeaders(editor, true)
              }
            }}
          >
            {t('toolbar.insertTable')}
          </ToolbarButton>
        </div>
        {state.inTable && (
          <div className="toolbar__group" role="group" aria-label={t('toolbar.tableGroup')}>
            <ToolbarButton disabled={disabled} onClick={() => chain().addRowAfter().run()}>
              {t('toolbar.addRow')}
            </ToolbarButton>
            <ToolbarButton disabled={disabled} onClick={() => chain().deleteRow().run()}>
              {t('toolbar.deleteRow')}
            </ToolbarButton>
            <ToolbarButton
              disabled={disabled}
              onClick={() => {
                if (chain().addColumnAfter().run()) labelEmptyTableHeaders(editor, false)
              }}
            >
              {t('toolbar.addColumn')}
            </ToolbarButton>
            <ToolbarButton disabled={disabled} onClick={() => chain().deleteColumn().run()}>
              {t('toolbar.deleteColumn')}
            </ToolbarButton>
            <ToolbarButton disabled={disabled} onClick={() => chain().deleteTable().run()}>
              {t('toolbar.deleteTable')}
            </ToolbarButton>
          </div>
        )}
        <div className="toolbar__group" role="group" aria-label={t('toolbar.historyGroup')}>
          <ToolbarButton disabled={disabled || !state.canUndo} onClick={() => chain().undo().run()}>
            {t('toolbar.undo')}
          </ToolbarButton>
          <ToolbarButton disabled={disabled || !state.canRedo} onClick={() => chain().redo().run()}>
            {t('toolbar.redo')}
          </ToolbarButton>
        </div>
        <div className="toolbar__group toolbar__group--end" role="group" aria-label={t('toolbar.checkGroup')}>
          <button
            ref={checkButton}
            type="button"
            className="toolbar__button"
            aria-haspopup="dialog"
            onClick={() => setCheckOpen(true)}
          >
            {t('check.open')}
          </button>
        </div>
      </div>
      {checkOpen && (
        <CheckListDialog
          editor={editor}
          onClose={() => setCheckOpen(false)}
          returnFocus={() => checkButton.current?.focus()}
        />
      )}
      {linkDialogOpen && (
        <LinkDialog
          initialHref={linkHref(editor)}
          canRemove={state.link}
          returnFocus={() => editor.view.focus()}
          onCancel={() => setLinkDialogOpen(false)}
          onRemove={() => {
            setLinkDialogOpen(false)
            chain().extendMarkRange('link').unsetLink().run()
          }}
          onSave={(href) => {
            setLinkDialogOpen(false)
            applyLink(editor, href)
          }}
        />
      )}
    </>
  )
}

function linkHref(editor: Editor): string {
  const href: unknown = editor.getAttributes('link').href
  return typeof href === 'string' ? href : ''
}

/** Links the selection (or the link around the caret); with nothing selected, inserts the address. */
function applyLink(editor: Editor, href: string): void {
  const { empty } = editor.state.selection
  if (empty && !editor.isActive('link')) {
    editor
      .chain()
      .focus()
      .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
      .run()
    return
  }
  editor.chain().focus().extendMarkRange('link').setLink({ href }).run()
}
