import { describe, expect, it } from 'vitest'
import { samplePlan, sampleProtocol } from '../blocks/sampleBodies.test-fixture.js'
import { canonicalContent } from './canonicalContent.js'
import { exportModel, type ExportBlock } from './exportModel.js'
import { runsText } from './exportInline.js'
import { exportHtml, renderHtml } from './renderHtml.js'
import { signatureBlock } from './signatureBlock.js'
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
      '- Kartlägg utskrivningsprocessen. (Ansvarig: Utvecklingsledare Äldre; Tidsram: 2026-02-01 – 2026-10-31; Status: Pågående)',
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

  it('gives HTML and Markdown the same facts, from one model: a decision’s group and member change, who raised an item', () => {
    const html = renderHtml(sampleProtocol)
    const markdown = renderMarkdown(sampleProtocol)
    for (const fact of [
      'Samordnande grupp Äldre',
      'Sara Holm (enhetschef, Nybro kommun) ersätter Per Vik (Nybro kommun) i Samordnande grupp Barn och unga',
      'Lena Berg, Mörbylånga kommun',
      'Mellan möten',
    ]) {
      expect(html).toContain(fact)
      expect(markdown).toContain(fact)
    }
    const facts = (blocks: ExportBlock[]): string[] =>
      blocks.flatMap((block) =>
        block.type === 'field'
          ? [`${block.label}: ${runsText(block.value)}`]
          : block.type === 'section'
            ? facts(block.children)
            : [],
      )
    for (const fact of facts(exportModel(sampleProtocol))) {
      const [label, value] = fact.split(': ')
      expect(html).toContain(`${label}:</span> `)
      expect(markdown).toContain(`**${label}:** `)
      expect(markdown.replace(/\\/g, '')).toContain(value!.replace(/[[\]]/g, ''))
    }
  })

  it('prints no empty heading, paragraph, list or section', () => {
    const body = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [] },
        { type: 'paragraph', content: [{ type: 'text', text: '  ' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        { type: 'groupPlan', attrs: { id: 'p' }, content: [{ type: 'blockTitle' }] },
        { type: 'attendanceList', attrs: { kind: 'members' }, content: [{ type: 'attendee', attrs: { id: 'a' } }] },
        { type: 'documentFacts', attrs: { id: 'f' } },
        { type: 'activity', attrs: { id: 'x' }, content: [{ type: 'paragraph' }] },
      ],
    }
    expect(exportModel(body)).toEqual([])
    expect(renderHtml(body)).toBe('')
    expect(renderMarkdown(body).trim()).toBe('')
  })

  it('ends an approved protocol with its signature block: who confirmed the justering, and the approval', () => {
    const block = signatureBlock({
      method: 'justering',
      approvedBy: 'Cecilia Samordnare',
      approvedAt: '2026-12-04T10:00:00.000Z',
      onBehalfOf: 'Länsgemensam ledning',
      signedBy: [
        { name: 'Anna Lind', at: '2026-12-03T15:00:00.000Z' },
        { name: 'Bo Ek', at: '2026-12-04T08:00:00.000Z' },
      ],
    })
    expect(exportHtml(block)).toBe(
      '<section class="signatures"><h2>Justering</h2>' +
        '<p class="field"><span class="label">Justerat:</span> Anna Lind, 2026-12-03 (digitalt)</p>' +
        '<p class="field"><span class="label">Justerat:</span> Bo Ek, 2026-12-04 (digitalt)</p>' +
        '<p class="field"><span class="label">Godkänt:</span> Cecilia Samordnare, 2026-12-04, på uppdrag av Länsgemensam ledning</p>' +
        '</section>',
    )
  })
})
