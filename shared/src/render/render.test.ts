import { describe, expect, it } from 'vitest'
import { samplePlan, sampleProtocol } from '../blocks/sampleBodies.test-fixture.js'
import { canonicalContent } from './canonicalContent.js'
import { renderHtml } from './renderHtml.js'
import { renderMarkdown } from './renderMarkdown.js'

describe('rendering an approved version', () => {
  it('renders a protocol as HTML with numbered items, decisions and attendance', () => {
    const html = renderHtml(sampleProtocol)
    expect(html).toContain('<h2>§ 2 Föregående mötesprotokoll</h2>')
    expect(html).toContain('Beslut: Indikator för vårddagar')
    expect(html).toContain('<a href="https://example.se/bildspel.pdf">Bildspel</a>')
    expect(html).toContain('<h2>Närvarande ledamöter</h2>')
    expect(html).toContain('Olle Ek, Kalmar kommun (tf, via länk)')
  })

  it('escapes text and drops unsafe links', () => {
    const html = renderHtml({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: '<script>alert(1)</script>',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
      ],
    })
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
  })

  it('renders a plan as Markdown', () => {
    const markdown = renderMarkdown(samplePlan)
    expect(markdown).toContain('## Handlingsplan Äldre')
    expect(markdown).toContain('### Förbättringsområde: Samordnad utskrivning')
    expect(markdown).toContain(
      '- Kartlägg utskrivningsprocessen. (Ansvarig: Utvecklingsledare Äldre; 2026-02-01 – 2026-10-31; Pågående)',
    )
  })

  it('gives the same canonical content for the same text whatever the attribute order', () => {
    const reordered = JSON.parse(JSON.stringify(sampleProtocol), (_k, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as typeof sampleProtocol
    const a = canonicalContent({ title: 'P', type: 'protocol', body: sampleProtocol })
    expect(canonicalContent({ title: 'P', type: 'protocol', body: reordered })).toBe(a)
    expect(canonicalContent({ title: 'P2', type: 'protocol', body: sampleProtocol })).not.toBe(a)
  })
})
