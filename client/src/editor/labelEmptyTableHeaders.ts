import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { t } from '../i18n/t'

/**
 * Names the empty header cells of the table around the selection. A header cell without text is
 * announced as nothing by screen readers, in the editor and in the published document alike, so
 * new columns get a name the writer then replaces. For a new table (`newTable`) the cells are
 * numbered ("Kolumn 1" …) and the first name is selected so typing replaces it; a column added
 * later is called "Ny kolumn".
 */
export function labelEmptyTableHeaders(editor: Editor, newTable: boolean): void {
  editor.commands.command(({ tr, state, dispatch }) => {
    const { $from } = state.selection
    for (let depth = $from.depth; depth > 0; depth -= 1) {
      const table = $from.node(depth)
      if (table.type.name !== 'table') continue
      const firstRow = table.firstChild
      if (firstRow === null) return false
      const rowContentStart = $from.start(depth) + 1
      const labels: { from: number; to: number }[] = []
      firstRow.forEach((cell, offset, index) => {
        if (cell.type.name !== 'tableHeader' || cell.textContent !== '') return
        const label = newTable ? t('editor.tableColumn', { number: index + 1 }) : t('editor.tableNewColumn')
        // Cell opening token + paragraph opening token: the paragraph's text starts 2 further.
        const from = tr.mapping.map(rowContentStart + offset + 2)
        tr.insertText(label, from)
        labels.push({ from, to: from + label.length })
      })
      const [first] = labels
      if (first === undefined) return false
      if (newTable) tr.setSelection(TextSelection.create(tr.doc, first.from, first.to))
      if (dispatch) dispatch(tr)
      return true
    }
    return false
  })
}
