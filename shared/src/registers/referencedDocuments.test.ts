import { describe, expect, it } from 'vitest'
import { referencedDocuments } from './referencedDocuments.js'

describe('referencedDocuments', () => {
  it('finds links, attachments and approved documents, once each', () => {
    const body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Se planen',
              marks: [{ type: 'link', attrs: { href: 'https://samskriv.example/dokument/plan-1#act-2' } }],
            },
          ],
        },
        {
          type: 'agendaItem',
          attrs: {
            attachments: [
              { label: 'Anvisning', href: 'https://samskriv.example/dokument/guide-7' },
              { label: 'Bildspel', href: 'https://example.se/x.pdf' },
            ],
          },
          content: [],
        },
        {
          type: 'decision',
          attrs: { approvedDocument: { documentId: 'plan-1', title: 'Plan', version: 2 } },
          content: [],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'extern', marks: [{ type: 'link', attrs: { href: 'https://example.se/dokument' } }] },
          ],
        },
      ],
    }
    expect(referencedDocuments(body)).toEqual(['plan-1', 'guide-7'])
  })
})
