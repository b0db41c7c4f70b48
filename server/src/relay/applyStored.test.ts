import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { boldThenDeletion, liveFormatMarks } from '../../test/formattingCleanup.js'
import { applyStored } from './applyStored.js'

const ORIGIN = Symbol('stored')

describe('applying stored updates', () => {
  it('tells what they changed apart from what Yjs wrote on its own (a formatting cleanup)', () => {
    const { text, deletion } = boldThenDeletion('t')
    const doc = new Y.Doc()
    const first = applyStored(doc, [text], ORIGIN)
    expect(first.changed).toHaveLength(1)
    expect(first.own).toEqual([])
    expect(liveFormatMarks(doc, 't')).toBe(2)

    const second = applyStored(doc, [deletion], ORIGIN)
    expect(second.changed).toHaveLength(1)
    expect(second.own).toHaveLength(1)
    expect(liveFormatMarks(doc, 't')).toBe(1)
    // The cleanup is a deletion of the redundant mark, and nothing the stored update held.
    const cleanup = Y.decodeUpdate(second.own[0]!)
    expect(cleanup.structs).toEqual([])
    expect([...cleanup.ds.clients.values()].flat().reduce((n, r) => n + r.len, 0)).toBe(1)
    expect(doc.getXmlFragment('t').toString()).toBe('<paragraph>ac</paragraph>')
  })

  it('reports an update it could not apply, keeping what came before', () => {
    const { text } = boldThenDeletion('t')
    const doc = new Y.Doc()
    const result = applyStored(doc, [text, new Uint8Array([255, 255, 255])], ORIGIN)
    expect(result.changed).toHaveLength(1)
    expect(result.error).toBeDefined()
    expect(doc.getXmlFragment('t').toString()).toBe('<paragraph>a<bold>b</bold>c</paragraph>')
  })
})
