import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import * as Y from 'yjs'
import { appendJsonToFragment, getBody } from '@samskriv/shared'
import { bodyExtensions } from '@samskriv/shared/editor'
import { CommentHighlights, commentHighlightsKey, type CommentHighlightsInput } from './CommentHighlights'
import { bodyBindingOf, createTextAnchor } from './textAnchor'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function setup() {
  const mine = new Y.Doc()
  const theirs = new Y.Doc()
  appendJsonToFragment(getBody(mine), [
    { type: 'paragraph', content: [{ type: 'text', text: 'Budgeten för 2027 antas.' }] },
    {
      type: 'decision',
      attrs: { id: 'd1', kind: 'other' },
      content: [
        { type: 'blockTitle', content: [{ type: 'text', text: 'Budget' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Beslutas.' }] },
      ],
    },
  ])
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine))
  mine.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(theirs, u, 'remote'))
  theirs.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(mine, u, 'remote'))
  const editor = new Editor({
    extensions: [
      ...bodyExtensions(),
      Collaboration.configure({ document: mine, fragment: getBody(mine) }),
      CommentHighlights,
    ],
  })
  editors.push(editor)
  return { editor, theirs }
}

/** The highlighted text and block ids, as decorations say. */
function highlighted(editor: Editor): string[] {
  const set = commentHighlightsKey.getState(editor.state)!.decorations
  return set
    .find()
    .map((decoration) => {
      const spec = decoration.spec as { threadId: string }
      const text = editor.state.doc.textBetween(decoration.from, decoration.to, '|')
      return `${spec.threadId}:${text}`
    })
    .sort()
}

describe('CommentHighlights', () => {
  it('highlights anchored text and blocks, and keeps them on their text through local and remote edits', () => {
    const { editor, theirs } = setup()
    const text = editor.state.doc.textContent
    const from = 1 + text.indexOf('2027')
    const anchor = createTextAnchor(bodyBindingOf(editor.state)!, from, from + 4, '2027')
    const input: CommentHighlightsInput = {
      threads: [
        { id: 't1', anchor },
        { id: 'b1', anchor: { kind: 'block', blockId: 'd1', quote: 'Beslut: Budget' } },
        { id: 'gone', anchor: { kind: 'block', blockId: 'nope', quote: 'x' } },
      ],
      activeId: 't1',
    }
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, input))
    expect(highlighted(editor)).toEqual(['b1:Budget|Beslutas.', 't1:2027'])
    expect(editor.view.dom.querySelector('.comment-highlight--active')?.textContent).toBe('2027')

    // Typed here (mapped through the transaction) and by someone else (placed anew from Yjs).
    editor.commands.insertContentAt(1, 'Nu: ')
    expect(highlighted(editor)).toContain('t1:2027')
    const paragraph = (getBody(theirs).get(0) as Y.XmlElement).get(0) as Y.XmlText
    paragraph.insert(0, 'Obs! ')
    expect(editor.state.doc.textContent.startsWith('Obs! Nu: ')).toBe(true)
    expect(highlighted(editor)).toContain('t1:2027')

    // Deleted by someone else: the highlight goes.
    const plain = (paragraph.toDelta() as Array<{ insert: string }>).map((op) => op.insert).join('')
    paragraph.delete(plain.indexOf('2027'), 4)
    expect(highlighted(editor)).toEqual(['b1:Budget|Beslutas.'])
  })
})
