import { afterEach, describe, expect, it } from 'vitest'
import { Editor, type JSONContent } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { bodyExtensions } from '@samskriv/shared/editor'
import { BlockTitleKeymap } from './BlockTitleKeymap'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

const text = (value: string): JSONContent[] => (value === '' ? [] : [{ type: 'text', text: value }])
const title = (value: string): JSONContent => ({ type: 'blockTitle', content: text(value) })
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: text(value) })
const decision = (heading: string, body: string): JSONContent => ({
  type: 'decision',
  attrs: { id: 'dec-1' },
  content: [title(heading), paragraph(body)],
})
const item = (id: string, heading: string, ...rest: JSONContent[]): JSONContent => ({
  type: 'agendaItem',
  attrs: { id },
  content: [title(heading), ...rest],
})

function editorWith(content: JSONContent[]): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...bodyExtensions(), BlockTitleKeymap],
    content: { type: 'doc', content },
  })
  editors.push(editor)
  return editor
}

/** Puts the caret at the end of the text `value`. */
function caretAfter(editor: Editor, value: string): void {
  let at = -1
  editor.state.doc.descendants((node, pos) => {
    if (node.isText && node.text === value) at = pos + value.length
  })
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at)))
}

/** The document's structure and text, without attributes. */
function outline(nodes: JSONContent[] | undefined): JSONContent[] {
  return (nodes ?? []).map(({ type, text: value, content }) => ({
    type,
    ...(value === undefined ? {} : { text: value }),
    ...(content === undefined ? {} : { content: outline(content) }),
  }))
}

function press(editor: Editor, key: string): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  return editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event)) ?? false
}

describe('BlockTitleKeymap', () => {
  it('goes from the end of a title into the empty paragraph under it', () => {
    const editor = editorWith([item('item-1', 'Välkomna', paragraph(''))])
    caretAfter(editor, 'Välkomna')
    expect(press(editor, 'Enter')).toBe(true)
    editor.commands.insertContent('Ordföranden hälsar välkommen.')
    expect(outline(editor.getJSON().content)).toEqual(
      outline([item('item-1', 'Välkomna', paragraph('Ordföranden hälsar välkommen.'))]),
    )
  })

  it('opens a paragraph under a title that a decision follows, inside the same item', () => {
    const editor = editorWith([
      item('item-1', 'Föregående protokoll', paragraph('Text')),
      item('item-2', 'Beslutspunkter', decision('Budget', 'Beslutar att …')),
    ])
    caretAfter(editor, 'Beslutspunkter')
    expect(press(editor, 'Enter')).toBe(true)
    editor.commands.insertContent('Bakgrund')
    expect(outline(editor.getJSON().content)).toEqual(
      outline([
        item('item-1', 'Föregående protokoll', paragraph('Text')),
        item('item-2', 'Beslutspunkter', paragraph('Bakgrund'), decision('Budget', 'Beslutar att …')),
      ]),
    )
  })

  it('leaves Enter in the middle of a title to the editor', () => {
    const editor = editorWith([item('item-1', 'Välkomna', paragraph(''))])
    let at = -1
    editor.state.doc.descendants((node, pos) => {
      if (node.isText && node.text === 'Välkomna') at = pos + 3
    })
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at)))
    expect(press(editor, 'Enter')).toBe(false)
  })
})
