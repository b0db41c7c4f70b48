import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import type { Anchor } from '@samskriv/shared'
import { revealBlock } from '../editor/check/revealBlock'
import { blockQuote, findBlockNode } from './blockAnchor'
import { bodyBindingOf, createTextAnchor, resolveTextAnchor } from './textAnchor'

/** A text anchor for the editor's selection, or null when nothing (or no text) is selected. */
export function anchorForSelection(editor: Editor): Anchor | null {
  const { state } = editor
  const { from, to, empty } = state.selection
  const binding = bodyBindingOf(state)
  if (empty || binding === null) return null
  const quote = state.doc.textBetween(from, to, ' ', ' ').trim()
  if (quote === '') return null
  return createTextAnchor(binding, from, to, quote)
}

/** A block anchor for the block with this id, or null when it is not in the document. */
export function anchorForBlock(editor: Editor, blockId: string, label: string): Anchor | null {
  const block = findBlockNode(editor.state.doc, blockId)
  if (block === null) return null
  return { kind: 'block', blockId, quote: blockQuote(block.node, label) }
}

/**
 * Goes to what a thread is about: selects the anchored text (also in a read-only document, where
 * the browser's selection is set directly) and scrolls it to the middle of the screen, or goes to
 * the block. Returns false when it is gone.
 */
export function revealAnchor(editor: Editor, anchor: Anchor): boolean {
  if (editor.isDestroyed) return false
  if (anchor.kind === 'block') return revealBlock(editor, { blockId: anchor.blockId })
  const binding = bodyBindingOf(editor.state)
  const range = binding === null ? null : resolveTextAnchor(binding, anchor)
  if (range === null) return false
  const { view } = editor
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, range.from, range.to)))
  if (editor.isEditable) view.focus()
  else {
    const start = view.domAtPos(range.from)
    const end = view.domAtPos(range.to)
    const domRange = document.createRange()
    domRange.setStart(start.node, start.offset)
    domRange.setEnd(end.node, end.offset)
    const selection = document.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(domRange)
  }
  const { node } = view.domAtPos(range.from)
  const element = node instanceof Element ? node : node.parentElement
  element?.scrollIntoView({ block: 'center' })
  return true
}
