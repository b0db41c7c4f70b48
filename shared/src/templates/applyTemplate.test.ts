import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DOCUMENT_TYPES } from '../documentTypes.js'
import { bodySchema } from '../editor/bodyExtensions.js'
import { getBody } from '../documentLayout.js'
import { fragmentToJson } from '../yjs/fragmentToJson.js'
import { applyTemplate, buildTemplateUpdate } from './applyTemplate.js'

const schema = bodySchema()

describe.each(DOCUMENT_TYPES.map((t) => [t]))('the %s template', (type) => {
  it('is a valid body', () => {
    const doc = new Y.Doc()
    applyTemplate(doc, 'doc-1', type)
    const body = fragmentToJson(getBody(doc))
    expect(() => schema.nodeFromJSON(body).check()).not.toThrow()
    expect(body.content?.length).toBeGreaterThan(0)
  })

  it('is applied once, however many devices apply it and in whatever order', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    const c = new Y.Doc()
    applyTemplate(a, 'doc-2', type)
    applyTemplate(b, 'doc-2', type)
    // One device has already edited its copy before the others' arrive.
    getBody(a).insert(0, [new Y.XmlElement('paragraph')])
    applyTemplate(c, 'doc-2', type)
    for (const [from, to] of [
      [a, b],
      [b, c],
      [c, a],
      [a, b],
      [b, c],
    ] as const)
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from))
    const single = new Y.Doc()
    applyTemplate(single, 'doc-2', type)
    const expected = getBody(single).length + 1
    for (const doc of [a, b, c]) expect(getBody(doc).length).toBe(expected)
    expect(getBody(a).toString()).toBe(getBody(c).toString())
  })

  it('differs between documents, so block ids stay unique across documents', () => {
    expect(buildTemplateUpdate('doc-3', type)).not.toEqual(buildTemplateUpdate('doc-4', type))
  })
})

describe('template block ids', () => {
  it('gives every typed block of a template its own id', () => {
    const doc = new Y.Doc()
    applyTemplate(doc, 'doc-5', 'actionPlan')
    const ids: string[] = []
    const walk = (node: { attrs?: Record<string, unknown>; content?: unknown[] }) => {
      if (typeof node.attrs?.id === 'string') ids.push(node.attrs.id)
      for (const child of (node.content ?? []) as Array<typeof node>) walk(child)
    }
    walk(fragmentToJson(getBody(doc)))
    expect(ids.length).toBeGreaterThan(3)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('a new edition of a template', () => {
  it('is written under other Yjs ids than the first, so an older device’s copy adds up instead of diverging', () => {
    const doc = new Y.Doc()
    applyTemplate(doc, 'doc-6', 'protocol')
    const clients = [...Y.decodeStateVector(buildTemplateUpdate('doc-6', 'protocol')).keys()]
    const first = [...Y.decodeStateVector(buildTemplateUpdate('doc-6', 'actionPlan')).keys()]
    expect(clients).toHaveLength(1)
    expect(first).toHaveLength(1)
    expect(clients[0]).not.toBe(first[0])
  })
})
