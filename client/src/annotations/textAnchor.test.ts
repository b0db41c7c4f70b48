import { afterEach, describe, expect, it } from 'vitest'
import { Editor, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import * as Y from 'yjs'
import { appendJsonToFragment, getBody } from '@samskriv/shared'
import { bodyExtensions } from '@samskriv/shared/editor'
import { bodyBindingOf, createTextAnchor, isTextAnchorDetached, resolveTextAnchor, type TextAnchor } from './textAnchor'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] })

/** A document in two replicas kept in sync: one bound to an editor, the other another writer's. */
function setup(content: JSONContent[]) {
  const mine = new Y.Doc()
  const theirs = new Y.Doc()
  appendJsonToFragment(getBody(mine), content)
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine))
  mine.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(theirs, update, 'remote')
  })
  theirs.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(mine, update, 'remote')
  })
  const editor = new Editor({
    extensions: [...bodyExtensions(), Collaboration.configure({ document: mine, fragment: getBody(mine) })],
  })
  editors.push(editor)
  return { editor, mine, theirs }
}

/** The editor range of the first occurrence of `text`. */
function rangeOf(editor: Editor, text: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null
  editor.state.doc.descendants((node, pos) => {
    if (found !== null || !node.isText) return found === null
    const index = node.text!.indexOf(text)
    if (index >= 0) found = { from: pos + index, to: pos + index + text.length }
    return false
  })
  if (found === null) throw new Error(`no “${text}”`)
  return found
}

function anchorOn(editor: Editor, text: string): TextAnchor {
  const { from, to } = rangeOf(editor, text)
  return createTextAnchor(bodyBindingOf(editor.state)!, from, to, text)
}

const anchoredText = (editor: Editor, anchor: TextAnchor): string | null => {
  const range = resolveTextAnchor(bodyBindingOf(editor.state)!, anchor)
  return range === null ? null : editor.state.doc.textBetween(range.from, range.to, '\n')
}

/** The plain text of a Y.XmlText (its typings say `any`). */
const plain = (text: Y.XmlText): string => {
  const delta = text.toDelta() as Array<{ insert: string }>
  return delta.map((op) => op.insert).join('')
}

/** The other writer's paragraph `index` text. */
const theirText = (theirs: Y.Doc, index: number) => (getBody(theirs).get(index) as Y.XmlElement).get(0) as Y.XmlText

describe('text anchors', () => {
  it('follow their text through edits before it, by this editor and by others', () => {
    const { editor, theirs } = setup([paragraph('Vi ses på tisdag i Borås.'), paragraph('Andra stycket.')])
    const anchor = anchorOn(editor, 'tisdag')
    editor.commands.insertContentAt(1, 'Hej! ')
    theirText(theirs, 0).insert(0, 'Obs: ')
    expect(editor.getText()).toContain('Obs: Hej! Vi ses')
    expect(anchoredText(editor, anchor)).toBe('tisdag')
    expect(isTextAnchorDetached(theirs, anchor)).toBe(false)
  })

  it('grow with text typed inside and not with text typed just outside', () => {
    const { editor, theirs } = setup([paragraph('Vi ses på tisdag i Borås.')])
    const anchor = anchorOn(editor, 'tisdag')
    const text = theirText(theirs, 0)
    const start = plain(text).indexOf('tisdag')
    text.insert(start + 3, 'X')
    text.insert(start + 7, '!')
    text.insert(start, '[')
    expect(plain(text)).toContain('[tisXdag!')
    expect(anchoredText(editor, anchor)).toBe('tisXdag')
  })

  it('maps positions across typed blocks (the binding’s node sizes)', () => {
    const { editor } = setup([
      {
        type: 'decision',
        attrs: { id: 'd1', kind: 'other' },
        content: [{ type: 'blockTitle', content: [{ type: 'text', text: 'Budget' }] }, paragraph('Budgeten antas.')],
      },
      paragraph('Efter beslutet.'),
    ])
    const anchor = anchorOn(editor, 'beslutet')
    expect(anchoredText(editor, anchor)).toBe('beslutet')
    const inBlock = anchorOn(editor, 'antas')
    expect(anchoredText(editor, inBlock)).toBe('antas')
  })

  it('shrink when part of the text is deleted, and detach when all of it is', () => {
    const { editor, theirs } = setup([paragraph('Vi ses på tisdag i Borås.')])
    const anchor = anchorOn(editor, 'på tisdag')
    const text = theirText(theirs, 0)
    text.delete(plain(text).indexOf('på '), 3)
    expect(anchoredText(editor, anchor)).toBe('tisdag')
    text.delete(plain(text).indexOf('tisdag'), 6)
    expect(editor.getText()).toBe('Vi ses  i Borås.')
    expect(isTextAnchorDetached(theirs, anchor)).toBe(true)
    expect(anchoredText(editor, anchor)).toBeNull()
    expect(anchor.quote).toBe('på tisdag')
  })

  it('detach when a paragraph the text spans is deleted', () => {
    const { editor, theirs } = setup([paragraph('Första stycket.'), paragraph('Andra stycket.'), paragraph('Tredje.')])
    const from = rangeOf(editor, 'stycket.').from
    const to = rangeOf(editor, 'Andra').to
    const anchor = createTextAnchor(bodyBindingOf(editor.state)!, from, to, 'stycket. Andra')
    expect(anchoredText(editor, anchor)).toBe('stycket.\nAndra')
    getBody(theirs).delete(1, 1)
    expect(isTextAnchorDetached(theirs, anchor)).toBe(true)
    expect(anchoredText(editor, anchor)).toBeNull()
  })

  it('treat an anchor that cannot be decoded as detached', () => {
    const { theirs } = setup([paragraph('Text.')])
    expect(isTextAnchorDetached(theirs, { kind: 'text', start: '%%%', end: '', quote: 'x' })).toBe(true)
  })
})
