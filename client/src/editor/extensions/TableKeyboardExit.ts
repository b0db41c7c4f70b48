import { Extension, type Editor } from '@tiptap/core'
import type { ResolvedPos } from '@tiptap/pm/model'
import { GapCursor } from '@tiptap/pm/gapcursor'
import { Selection, TextSelection } from '@tiptap/pm/state'

/** The depth of the table around `$pos`, or null outside tables. */
function tableDepth($pos: ResolvedPos): number | null {
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    if ($pos.node(depth).type.name === 'table') return depth
  }
  return null
}

/**
 * Where the caret goes when it leaves a table: into the text block right after it, else a gap
 * cursor right after it where a paragraph may stand (typing there creates the paragraph; nothing
 * is added to the document before), else the next place with text further on.
 */
function selectionAfter($after: ResolvedPos): Selection | null {
  const { doc } = $after
  const next = $after.nodeAfter
  if (next?.isTextblock === true) return TextSelection.create(doc, $after.pos + 1)
  const paragraph = doc.type.schema.nodes.paragraph
  const index = $after.index()
  if (paragraph !== undefined && $after.parent.canReplaceWith(index, index, paragraph)) return new GapCursor($after)
  return Selection.findFrom($after, 1, true)
}

/** Moves the caret out of the table around the selection to just after it; false outside tables. */
function leaveTable(editor: Editor): boolean {
  const { state, view } = editor
  const { $from } = state.selection
  const depth = tableDepth($from)
  if (depth === null) return false
  const selection = selectionAfter(state.doc.resolve($from.after(depth)))
  if (selection === null) return false
  view.dispatch(state.tr.setSelection(selection).scrollIntoView())
  return true
}

/**
 * Keyboard users can always leave a table. Tab moves from cell to cell as before, but in the last
 * cell it moves the caret to just after the table instead of adding a row (a row is a change
 * everyone gets; "Lägg till rad" in the toolbar adds one), so the next Tab leaves the editor as
 * it does anywhere else. Escape leaves the table from any cell.
 */
export const TableKeyboardExit = Extension.create({
  name: 'tableKeyboardExit',
  // Before the table extension's own Tab (which adds a row in the last cell).
  priority: 200,

  addKeyboardShortcuts() {
    return {
      Tab: ({ editor }) => {
        if (tableDepth(editor.state.selection.$from) === null) return false
        if (editor.can().goToNextCell()) return false
        return leaveTable(editor)
      },
      Escape: ({ editor }) => leaveTable(editor),
    }
  },
})
