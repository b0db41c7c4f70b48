import type { Editor, JSONContent } from '@tiptap/core'
import { NodeSelection, TextSelection } from '@tiptap/pm/state'

/**
 * Inserts a block at a position and moves there: the cursor goes to the new block's first text
 * (its title or first paragraph); a block without text (the meeting header, an attendee) is
 * selected and its form's first field gets focus once its view has rendered. Returns whether the
 * block was inserted.
 */
export function insertBlockAt(editor: Editor, pos: number, block: JSONContent): boolean {
  // Its own size: other plugins may add to the document in the same step (a trailing paragraph).
  const size = editor.schema.nodeFromJSON(block).nodeSize
  if (!editor.chain().insertContentAt(pos, block).run()) return false
  moveIntoInsertedBlock(editor, pos, size)
  return true
}

/** Puts the cursor in the first text of the block inserted at `pos`, or focus in its form. */
function moveIntoInsertedBlock(editor: Editor, pos: number, size: number): void {
  const { doc } = editor.state
  let text: number | null = null
  let atom: number | null = null
  doc.nodesBetween(pos, Math.min(doc.content.size, pos + size), (node, nodePos) => {
    if (text !== null || nodePos < pos) return text === null
    if (node.isTextblock) {
      text = nodePos + 1
      return false
    }
    if (node.isAtom && atom === null) atom = nodePos
    return true
  })
  if (text !== null) {
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, text)).scrollIntoView())
    editor.view.focus()
    return
  }
  if (atom === null) return
  const atomPos: number = atom
  // Selected, so the next block inserted goes after it.
  editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, atomPos)).scrollIntoView())
  // Its form renders with React after this transaction.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (editor.isDestroyed) return
      const element = editor.view.nodeDOM(atomPos)
      if (element instanceof HTMLElement) element.querySelector<HTMLElement>('input, select, textarea')?.focus()
    }),
  )
}
