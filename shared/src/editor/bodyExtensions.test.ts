import { describe, expect, it } from 'vitest'
import { bodySchema } from './bodyExtensions.js'

describe('body schema', () => {
  const schema = bodySchema()

  it('has the blocks and marks the editor offers', () => {
    for (const node of [
      'doc',
      'paragraph',
      'heading',
      'bulletList',
      'orderedList',
      'listItem',
      'table',
      'tableRow',
      'tableCell',
      'tableHeader',
    ]) {
      expect(schema.nodes[node], node).toBeDefined()
    }
    for (const mark of ['bold', 'italic', 'link']) expect(schema.marks[mark], mark).toBeDefined()
  })

  it('parses a document with a table and a link', () => {
    const json = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Beslut' }] },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Bildspel',
              marks: [{ type: 'link', attrs: { href: 'https://example.se/bildspel.pdf' } }],
            },
          ],
        },
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph' }] }] }],
        },
      ],
    }
    const node = schema.nodeFromJSON(json)
    expect(() => node.check()).not.toThrow()
    expect(node.textContent).toBe('BeslutBildspel')
  })
})
