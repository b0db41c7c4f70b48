import type { Editor } from '@tiptap/core'
import { t } from '../i18n/t'
import { labelEmptyTableHeaders } from './labelEmptyTableHeaders'
import { ToolbarButton } from './ToolbarButton'

/** The toolbar's table controls, shown while the selection is in a table. */
export function TableTools({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const chain = () => editor.chain().focus()
  return (
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
  )
}
