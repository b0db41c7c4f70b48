import { useState } from 'react'
import type { Editor } from '@tiptap/core'
import type { DocumentType } from '@samskriv/shared'
import { t } from '../i18n/t'
import { CheckListDialog } from './check/CheckListDialog'
import { InsertBlockMenu } from './insert/InsertBlockMenu'
import { labelEmptyTableHeaders } from './labelEmptyTableHeaders'
import { LinkDialog } from './LinkDialog'
import { BlockTypeSelect } from './BlockTypeSelect'
import { TableTools } from './TableTools'
import { ToolbarButton } from './ToolbarButton'
import { ToolbarMoreMenu } from './ToolbarMoreMenu'
import { useToolbarState } from './useToolbarState'

/** Props of {@link EditorToolbar}. */
export interface EditorToolbarProps {
  editor: Editor | null
  /** False while the document may not be changed (locked, newer schema). */
  editable: boolean
  /** Which blocks the insert menu offers. */
  documentType: DocumentType
}

/**
 * The formatting toolbar, one compact row that stays at the top while writing: block type (a
 * select), bold and italic, lists, the typed blocks of the document type ("Infoga block"), link,
 * undo/redo, and under "Mer" a table and the check list before approval. Every control is a real
 * button or select in the tab order with an accessible name; toggles report `aria-pressed`. Table
 * controls appear while the selection is in a table, "remove link" while it is in a link.
 */
export function EditorToolbar({ editor, editable, documentType }: EditorToolbarProps) {
  const state = useToolbarState(editor)
  const [linkDialogOpen, setLinkDialogOpen] = useState(false)
  const [checkOpen, setCheckOpen] = useState(false)
  if (editor === null || state === null) return null
  const disabled = !editable
  const chain = () => editor.chain().focus()

  return (
    <>
      <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <BlockTypeSelect editor={editor} state={state} disabled={disabled} />
        <div className="toolbar__group" role="group" aria-label={t('toolbar.markGroup')}>
          <ToolbarButton
            className="toolbar__button--bold"
            label={t('toolbar.bold')}
            pressed={state.bold}
            disabled={disabled}
            onClick={() => chain().toggleBold().run()}
          >
            {t('toolbar.boldSymbol')}
          </ToolbarButton>
          <ToolbarButton
            className="toolbar__button--italic"
            label={t('toolbar.italic')}
            pressed={state.italic}
            disabled={disabled}
            onClick={() => chain().toggleItalic().run()}
          >
            {t('toolbar.italicSymbol')}
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
        </div>
        {state.inTable && <TableTools editor={editor} disabled={disabled} />}
        <div className="toolbar__group" role="group" aria-label={t('toolbar.historyGroup')}>
          <ToolbarButton
            label={t('toolbar.undo')}
            disabled={disabled || !state.canUndo}
            onClick={() => chain().undo().run()}
          >
            <span aria-hidden="true">↶</span>
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.redo')}
            disabled={disabled || !state.canRedo}
            onClick={() => chain().redo().run()}
          >
            <span aria-hidden="true">↷</span>
          </ToolbarButton>
        </div>
        <div className="toolbar__group">
          <ToolbarMoreMenu>
            <>
              <button
                type="button"
                className="toolbar-more__item"
                disabled={disabled || state.inTable}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  if (chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()) {
                    labelEmptyTableHeaders(editor, true)
                  }
                }}
              >
                {t('toolbar.insertTable')}
              </button>
              <button
                type="button"
                className="toolbar-more__item"
                aria-haspopup="dialog"
                onClick={() => {
                  setCheckOpen(true)
                }}
              >
                {t('check.open')}
              </button>
            </>
          </ToolbarMoreMenu>
        </div>
      </div>
      {checkOpen && (
        <CheckListDialog editor={editor} onClose={() => setCheckOpen(false)} returnFocus={() => editor.view.focus()} />
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
