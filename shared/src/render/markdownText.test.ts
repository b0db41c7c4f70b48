import { describe, expect, it } from 'vitest'
import { escapeMarkdown, markdownCode, markdownLinkTarget } from './markdownText.js'
import { renderMarkdown } from './renderMarkdown.js'

describe('Markdown text', () => {
  it.each([
    ['# Rubrik', '\\# Rubrik'],
    ['rad ett\n# rad två', 'rad ett \\# rad två'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[klicka](javascript:alert(1))', '\\[klicka\\](javascript:alert(1))'],
    ['- inte en lista', '\\- inte en lista'],
    ['1. inte numrerad', '\\1. inte numrerad'],
    ['*fet* _kursiv_ ~~struken~~ `kod`', '\\*fet\\* \\_kursiv\\_ \\~\\~struken\\~\\~ \\`kod\\`'],
    ['&lt;skript&gt; & Co', '\\&lt;skript\\&gt; & Co'],
    ['Vård & omsorg, 2026-11-24', 'Vård & omsorg, 2026-11-24'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped)
  })

  it('keeps only safe link targets, with nothing that could end them', () => {
    expect(markdownLinkTarget('javascript:alert(1)')).toBeNull()
    expect(markdownLinkTarget(' data:text/html,x')).toBeNull()
    expect(markdownLinkTarget('https://example.se/a b)(<x>"')).toBe('https://example.se/a%20b%29%28%3Cx%3E%22')
    expect(markdownLinkTarget('mailto:anna@example.se')).toBe('mailto:anna@example.se')
  })

  it('fences code so that its own backticks cannot close it', () => {
    expect(markdownCode('a`b')).toBe('``a`b``')
    expect(markdownCode('`x`')).toBe('`` `x` ``')
  })

  it('renders hostile text, links and attachments of a body inert', () => {
    const markdown = renderMarkdown({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Se ', marks: [] },
            {
              type: 'text',
              text: 'här',
              marks: [{ type: 'link', attrs: { href: 'https://x.se/a) [y](javascript:z' } }],
            },
            { type: 'text', text: ' och ', marks: [] },
            { type: 'text', text: 'där', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'text', text: '\n# Injicerad rubrik', marks: [] },
          ],
        },
      ],
    })
    expect(markdown).toBe('Se [här](https://x.se/a%29%20%5By%5D%28javascript:z) och där \\# Injicerad rubrik\n')
  })
})
