import { afterEach, describe, expect, it } from 'vitest'
import { Editor, type JSONContent } from '@tiptap/core'
import { GapCursor } from '@tiptap/pm/gapcursor'
import { TextSelection } from '@tiptap/pm/state'
import { bodyExtensions } from '@samskriv/shared/editor'
import { TableKeyboardExit } from './TableKeyboardExit'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

const cell = (type: 'tableHeader' | 'tableCell', text: string): JSONContent => ({
  type,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})
const table: JSONContent = {
  type: 'table',
  content: [
    { type: 'tableRow', content: [cell('tableHeader', 'Part'), cell('tableHeader', 'Ansvar')] },
    { type: 'tableRow', content: [cell('tableCell', 'Region'), cell('tableCell', 'Skriver ut')] },
  ],
}
const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] })

function editorWith(content: JSONContent[]): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...bodyExtensions(), TableKeyboardExit],
    content: { type: 'doc', content },
  })
  editors.push(editor)
  return editor
}

/** Puts the caret at the end of the cell holding `text`. */
function caretAfter(editor: Editor, text: string): void {
  let at = -1
  editor.state.doc.descendants((node, pos) => {
    if (node.isText && node.text === text) at = pos + text.length
  })
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at)))
}

/** Presses `key` the way the browser delivers it to ProseMirror; true when the editor handled it. */
function press(editor: Editor, key: string): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  return editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event)) ?? false
}

const rows = (editor: Editor) => {
  let count = 0
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'tableRow') count += 1
  })
  return count
}

describe('TableKeyboardExit', () => {
  it('moves from cell to cell with Tab, and out of the table from the last one instead of adding a row', () => {
    const editor = editorWith([paragraph('Före'), table, paragraph('Efter')])
    caretAfter(editor, 'Region')
    expect(press(editor, 'Tab')).toBe(true)
    expect(editor.state.selection.$from.parent.textContent).toBe('Skriver ut')

    expect(press(editor, 'Tab')).toBe(true)
    expect(rows(editor)).toBe(2)
    expect(editor.isActive('table')).toBe(false)
    expect(editor.state.selection.$from.parent.textContent).toBe('Efter')
    // Outside the table Tab is the browser's again: focus moves on out of the editor.
    expect(press(editor, 'Tab')).toBe(false)
  })

  it('leaves a table at the end of the document for a gap cursor after it, without changing the document', () => {
    const editor = editorWith([paragraph('Före'), table])
    const before = editor.getJSON()
    caretAfter(editor, 'Skriver ut')
    expect(press(editor, 'Tab')).toBe(true)
    expect(editor.state.selection).toBeInstanceOf(GapCursor)
    expect(editor.state.selection.from).toBe(editor.state.doc.content.size)
    expect(editor.getJSON()).toEqual(before)
    expect(press(editor, 'Tab')).toBe(false)
  })

  it('leaves the table from any cell with Escape', () => {
    const editor = editorWith([table, paragraph('Efter')])
    caretAfter(editor, 'Part')
    expect(press(editor, 'Escape')).toBe(true)
    expect(editor.isActive('table')).toBe(false)
    expect(editor.state.selection.$from.parent.textContent).toBe('Efter')
    expect(press(editor, 'Escape')).toBe(false)
  })
})
