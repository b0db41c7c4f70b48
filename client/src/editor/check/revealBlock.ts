import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { blockHighlightKey } from '../extensions/BlockHighlight'
import type { BlockTarget } from './BlockTarget'
import { findBlockPosition } from './findBlockPosition'

const HIGHLIGHT_MS = 4000

/**
 * Goes to a block: scrolls it to the middle of the screen, highlights it for a moment and moves
 * focus there — the cursor to its first text, or, for a block without text (the meeting header,
 * an attendee), its first field. Returns false when the document has no such block (yet).
 */
export function revealBlock(editor: Editor, target: BlockTarget): boolean {
  if (editor.isDestroyed) return false
  const pos = findBlockPosition(editor.state.doc, target)
  if (pos === null) return false
  const node = editor.state.doc.nodeAt(pos)
  if (node === null) return false
  let textPos: number | null = null
  node.descendants((child, offset) => {
    if (textPos !== null) return false
    if (child.isTextblock) {
      textPos = pos + 1 + offset + 1
      return false
    }
    return true
  })
  const tr = editor.state.tr.setMeta(blockHighlightKey, pos)
  if (textPos !== null) tr.setSelection(TextSelection.create(tr.doc, textPos))
  editor.view.dispatch(tr)
  const element = editor.view.nodeDOM(pos)
  if (textPos !== null) editor.view.focus()
  // After the block's view has rendered its form, so the scroll lands where it ends up.
  requestAnimationFrame(() => {
    if (!(element instanceof HTMLElement)) return
    element.scrollIntoView({ block: 'center' })
    if (textPos === null)
      element.querySelector<HTMLElement>('input, select, textarea, button')?.focus({ preventScroll: true })
  })
  setTimeout(() => {
    if (editor.isDestroyed || blockHighlightKey.getState(editor.state)?.pos === null) return
    editor.view.dispatch(editor.state.tr.setMeta(blockHighlightKey, null))
  }, HIGHLIGHT_MS)
  return true
}
