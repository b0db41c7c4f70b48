import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getBody } from '../documentLayout.js'
import { normalizeBody } from '../render/canonicalContent.js'
import { fragmentToJson } from '../yjs/fragmentToJson.js'
import { appendJsonToFragment } from '../yjs/jsonToFragment.js'
import { planBlockRestore, restoreBlock, restoreBody, restoreCandidates } from './restoreBlock.js'

const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text: value }] })
const title = (value: string): JSONContent => ({ type: 'blockTitle', content: [{ type: 'text', text: value }] })
const item = (id: string, heading: string, ...text: string[]): JSONContent => ({
  type: 'agendaItem',
  attrs: { id },
  content: [title(heading), ...text.map(paragraph)],
})

function docWith(blocks: JSONContent[]): Y.Doc {
  const doc = new Y.Doc()
  appendJsonToFragment(getBody(doc), blocks)
  return doc
}

const texts = (doc: Y.Doc) => (fragmentToJson(getBody(doc)).content ?? []).map((b) => JSON.stringify(b.content))
const bodyOf = (doc: Y.Doc) => normalizeBody(fragmentToJson(getBody(doc)))

describe('restoreBlock', () => {
  it('puts a deleted paragraph back after the block that preceded it', () => {
    const doc = docWith([paragraph('Ett'), paragraph('Två'), paragraph('Tre')])
    const snapshot = bodyOf(doc)
    getBody(doc).delete(1, 1)
    getBody(doc).insert(2, [new Y.XmlElement('paragraph')])
    const plan = restoreBlock(doc, snapshot, 1, 'restore')
    expect(plan).toEqual({ kind: 'insert', at: 1 })
    expect(texts(doc).slice(0, 3)).toEqual(texts(docWith([paragraph('Ett'), paragraph('Två'), paragraph('Tre')])))
  })

  it('inserts first when nothing before it survives', () => {
    const doc = docWith([paragraph('Ett'), paragraph('Två')])
    const snapshot = bodyOf(doc)
    getBody(doc).delete(0, 1)
    expect(restoreBlock(doc, snapshot, 0)).toEqual({ kind: 'insert', at: 0 })
    expect(texts(doc)).toEqual(texts(docWith([paragraph('Ett'), paragraph('Två')])))
  })

  it('replaces a typed block with the same id in place, without duplicating its id', () => {
    const doc = docWith([item('a', 'Öppnande', 'Välkomna'), item('b', 'Ekonomi', 'Budgeten', 'Prognosen')])
    const snapshot = bodyOf(doc)
    const changed = docWith([item('a', 'Öppnande', 'Välkomna'), item('b', 'Ekonomi', 'Budgeten')])
    const restored = restoreBlock(changed, snapshot, 1)
    expect(restored).toEqual({ kind: 'replace', at: 1 })
    expect(bodyOf(changed)).toEqual(snapshot)
  })

  it('does nothing for a block that is there unchanged', () => {
    const doc = docWith([paragraph('Ett'), item('b', 'Ekonomi', 'Budgeten')])
    const snapshot = bodyOf(doc)
    const before = Y.encodeStateVector(doc)
    expect(restoreBlock(doc, snapshot, 0)).toEqual({ kind: 'present' })
    expect(restoreBlock(doc, snapshot, 1)).toEqual({ kind: 'present' })
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })

  it('reaches another copy of the document as an ordinary update', () => {
    const doc = docWith([paragraph('Ett'), paragraph('Två')])
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    const snapshot = bodyOf(doc)
    getBody(doc).delete(1, 1)
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    other.on('update', (update: Uint8Array) => Y.applyUpdate(doc, update))
    restoreBlock(other, snapshot, 1)
    expect(bodyOf(doc)).toEqual(snapshot)
  })

  it('refuses a block the schema does not allow', () => {
    const doc = docWith([paragraph('Ett')])
    const bad = { type: 'doc', content: [{ type: 'agendaItem', attrs: { id: 'not valid!' }, content: [] }] }
    expect(() => restoreBlock(doc, bad, 0)).toThrow()
    expect(texts(doc)).toEqual(texts(docWith([paragraph('Ett')])))
  })
})

describe('restoring inside a typed block', () => {
  it('puts one deleted paragraph back into its agenda item, leaving the rest of the item as it is now', () => {
    const doc = docWith([item('a', 'Öppnande', 'Välkomna'), item('b', 'Ekonomi', 'Budgeten', 'Prognosen', 'Frågor')])
    const snapshot = bodyOf(doc)
    const now = docWith([item('a', 'Öppnande', 'Välkomna'), item('b', 'Ekonomi', 'Budgeten ändrad', 'Frågor')])
    const candidates = restoreCandidates(now, snapshot)
    // The whole item (changed), then inside it the two paragraphs not there as they were.
    expect(candidates.map((c) => [c.path, c.kind])).toEqual([
      [[1], 'replace'],
      [[1, 1], 'insert'],
      [[1, 2], 'insert'],
    ])
    expect(candidates[2]!.within.map((b): unknown => b.attrs?.['id'])).toEqual(['b'])
    expect(restoreBlock(now, snapshot, [1, 2])).toEqual({ kind: 'insert', at: 2 })
    expect(bodyOf(now)).toEqual(
      bodyOf(
        docWith([item('a', 'Öppnande', 'Välkomna'), item('b', 'Ekonomi', 'Budgeten ändrad', 'Prognosen', 'Frågor')]),
      ),
    )
  })

  it('offers nothing whose restoring would break the block, and refuses when its block is gone', () => {
    const doc = docWith([item('b', 'Ekonomi', 'Budgeten')])
    const snapshot = bodyOf(doc)
    const retitled = docWith([item('b', 'Ekonomi och budget', 'Budgeten')])
    // A second title in the item would not be valid: only the whole item is offered.
    expect(restoreCandidates(retitled, snapshot).map((c) => c.path)).toEqual([[0]])
    const gone = docWith([paragraph('Annat')])
    expect(() => restoreBlock(gone, snapshot, [0, 1])).toThrow()
  })
})

describe('restoreBody', () => {
  it('replaces the whole body with the snapshot', () => {
    const doc = docWith([paragraph('Ett'), paragraph('Två')])
    const snapshot = bodyOf(doc)
    getBody(doc).delete(0, 2)
    appendJsonToFragment(getBody(doc), [paragraph('Nytt')])
    restoreBody(doc, snapshot)
    expect(bodyOf(doc)).toEqual(snapshot)
  })
})

describe('planBlockRestore', () => {
  it('follows the nearest surviving block before it', () => {
    const snapshot = [paragraph('A'), paragraph('B'), paragraph('C'), paragraph('D')]
    expect(planBlockRestore(snapshot, 2, [paragraph('A'), paragraph('D')])).toEqual({ kind: 'insert', at: 1 })
  })
})
