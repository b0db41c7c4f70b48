import { afterEach, describe, expect, it } from 'vitest'
import { Editor, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import * as Y from 'yjs'
import { appendJsonToFragment, fragmentToJson, getBody } from '@samskriv/shared'
import { bodyExtensions } from '@samskriv/shared/editor'
import { Slice } from '@tiptap/pm/model'
import { blockBehaviourExtensions } from '../editorExtensions'
import { renewPastedIds } from './renewPastedIds'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

const title = (text: string): JSONContent => ({ type: 'blockTitle', content: [{ type: 'text', text }] })
const paragraph = (text?: string): JSONContent => ({
  type: 'paragraph',
  ...(text ? { content: [{ type: 'text', text }] } : {}),
})
const decision = (id: string, text: string): JSONContent => ({
  type: 'decision',
  attrs: { id, kind: 'other' },
  content: [title(text), paragraph(`${text} beslutas.`)],
})
const activity = (id: string, content: JSONContent[] = [paragraph('Kartlägga behoven')]): JSONContent => ({
  type: 'activity',
  attrs: { id, status: 'planned' },
  content,
})

function headlessEditor(content: JSONContent[]): Editor {
  const editor = new Editor({
    extensions: [...bodyExtensions(), ...blockBehaviourExtensions()],
    content: { type: 'doc', content },
  })
  editors.push(editor)
  return editor
}

/** Every typed block's id in document order, by type. */
function ids(doc: JSONContent, type: string): string[] {
  const found: string[] = []
  const walk = (node: JSONContent) => {
    if (node.type === type) found.push(String(node.attrs?.id))
    node.content?.forEach(walk)
  }
  walk(doc)
  return found
}

/** The typed blocks' texts by type, to see which block kept which id. */
function idOfText(doc: JSONContent, text: string): string | undefined {
  let id: string | undefined
  const walk = (node: JSONContent) => {
    if (node.type === 'decision' && JSON.stringify(node).includes(`"text":"${text}"`)) id = String(node.attrs?.id)
    node.content?.forEach(walk)
  }
  walk(doc)
  return id
}

describe('block ids', () => {
  it('gives a pasted copy a new id and lets the original keep its own, even when pasted above it', () => {
    const editor = headlessEditor([paragraph('Inledning'), decision('beslut-1', 'Original')])
    // A copy of the decision (same id) pasted at the very top, before the original.
    editor.commands.insertContentAt(0, decision('beslut-1', 'Kopia'))
    const doc = editor.getJSON()
    expect(ids(doc, 'decision')).toHaveLength(2)
    expect(idOfText(doc, 'Original')).toBe('beslut-1')
    const copy = idOfText(doc, 'Kopia')
    expect(copy).toMatch(/^[A-Za-z0-9_-]{10,}$/)
    expect(copy).not.toBe('beslut-1')
  })

  it('gives blocks without an id one, and keeps ids stable through ordinary typing', () => {
    const editor = headlessEditor([paragraph('Inledning')])
    editor.commands.insertContentAt(editor.state.doc.content.size, activity(''))
    const [assigned] = ids(editor.getJSON(), 'activity')
    expect(assigned).toMatch(/^[A-Za-z0-9_-]{10,}$/)
    editor.commands.insertContentAt(1, 'Mer text ')
    expect(ids(editor.getJSON(), 'activity')).toEqual([assigned])
  })

  it('gives the second half of a split activity its own id', () => {
    const editor = headlessEditor([activity('aktivitet-1', [paragraph('Första delen'), paragraph('Andra delen')])])
    // Cut the activity in two between its paragraphs, as a split of the block does.
    let between = 0
    editor.state.doc.descendants((node, pos) => {
      if (node.type.name === 'paragraph' && node.textContent === 'Andra delen') between = pos
    })
    editor.commands.command(({ tr }) => {
      tr.split(between)
      return true
    })
    const found = ids(editor.getJSON(), 'activity')
    expect(found).toHaveLength(2)
    expect(found[0]).toBe('aktivitet-1')
    expect(found[1]).not.toBe('aktivitet-1')
  })
})

describe('pasting', () => {
  it('gives a decision copied from another protocol a new id', () => {
    const source = headlessEditor([decision('beslut-i-annat-protokoll', 'Finansiering')])
    const target = headlessEditor([paragraph('Inledning')])
    target.commands.setTextSelection(target.state.doc.content.size - 1)
    target.view.pasteHTML(source.getHTML())
    const pasted = ids(target.getJSON(), 'decision')
    expect(pasted).toHaveLength(1)
    expect(pasted[0]).not.toBe('beslut-i-annat-protokoll')
    expect(pasted[0]).toMatch(/^[A-Za-z0-9_-]{10,}$/)
  })

  it('keeps the id of a block cut from this editor, once (moving it keeps its links)', () => {
    const editor = headlessEditor([decision('d1', 'Flyttas'), decision('d2', 'Kopieras')])
    const slice = new Slice(editor.state.doc.content, 0, 0)
    const cut = new Set(['d1'])
    const first = ids(
      { type: 'doc', content: renewPastedIds(slice, cut).content.toJSON() as JSONContent[] },
      'decision',
    )
    expect(first[0]).toBe('d1')
    expect(first[1]).not.toBe('d2')
    // Pasted a second time, it is a copy.
    const second = ids(
      { type: 'doc', content: renewPastedIds(slice, cut).content.toJSON() as JSONContent[] },
      'decision',
    )
    expect(second[0]).not.toBe('d1')
  })
})

describe('empty text containers', () => {
  it('gives an activity whose last paragraph was deleted an empty paragraph again', () => {
    const editor = headlessEditor([paragraph('Inledning'), activity('a1')])
    let from = 0
    let to = 0
    editor.state.doc.descendants((node, pos) => {
      if (node.type.name === 'activity') {
        from = pos + 1
        to = pos + node.nodeSize - 1
      }
    })
    editor.commands.command(({ tr }) => {
      tr.delete(from, to)
      return true
    })
    const json = editor.getJSON()
    const emptied = json.content?.find((node) => node.type === 'activity')
    expect(emptied?.content).toEqual([{ type: 'paragraph' }])
  })
})

describe('with other writers', () => {
  function boundEditor(doc: Y.Doc): Editor {
    const editor = new Editor({
      extensions: [
        ...bodyExtensions(),
        ...blockBehaviourExtensions(),
        Collaboration.configure({ document: doc, fragment: getBody(doc) }),
      ],
    })
    editors.push(editor)
    return editor
  }

  it('leaves duplicates and emptied blocks that arrive from others alone, and repairs them on the next local edit', () => {
    const local = new Y.Doc()
    const remote = new Y.Doc()
    appendJsonToFragment(getBody(remote), [paragraph('Inledning'), decision('d1', 'Första'), activity('a1', [])])
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote))
    const editor = boundEditor(local)
    // Another writer pastes a copy of the decision; the update arrives here.
    remote.transact(() => appendJsonToFragment(getBody(remote), [decision('d1', 'Kopia')]))
    const localWrites: Uint8Array[] = []
    local.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') localWrites.push(update)
    })
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(local)), 'remote')

    // Not repaired in the editor either: a repair made while y-prosemirror applies a remote change
    // would never reach Yjs, and the editor and the document would disagree.
    expect(ids(editor.getJSON(), 'decision')).toEqual(['d1', 'd1'])
    expect(ids(fragmentToJson(getBody(local)), 'decision')).toEqual(['d1', 'd1'])
    expect(fragmentToJson(getBody(local)).content?.find((n) => n.type === 'activity')?.content).toBeUndefined()
    expect(localWrites).toEqual([])

    // The next edit on this device repairs both, once.
    editor.commands.insertContentAt(1, 'Nu ')
    const after = fragmentToJson(getBody(local))
    const decisionIds = ids(after, 'decision')
    expect(decisionIds[0]).toBe('d1')
    expect(decisionIds[1]).not.toBe('d1')
    expect(after.content?.find((n) => n.type === 'activity')?.content).toEqual([{ type: 'paragraph' }])
  })
})
