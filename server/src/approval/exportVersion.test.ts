import { describe, expect, it } from 'vitest'
import type { VersionRecord } from '../storage/ApprovalStore.js'
import { exportVersion } from './exportVersion.js'

const hostile: VersionRecord = {
  documentId: 'doc',
  number: 2,
  state: new Uint8Array(),
  bodyJson: JSON.stringify({
    type: 'doc',
    content: [
      {
        type: 'agendaItem',
        attrs: {
          id: 'a1',
          attachments: [{ label: 'Bilaga](javascript:alert(1))', href: 'https://example.se/x) [y](javascript:z' }],
        },
        content: [{ type: 'blockTitle', content: [{ type: 'text', text: '<b>Punkt</b>' }] }],
      },
    ],
  }),
  html: '<p>&lt;script&gt;</p>',
  title: '<img src=x onerror=alert(1)>\n# Falsk rubrik',
  type: 'protocol',
  hash: 'a'.repeat(64),
  approvedBy: { id: 'u', name: '[Ordförande](https://evil.example)' },
  approvedAt: '2026-11-24T10:00:00.000Z',
  onBehalfOf: '*Länsgemensam* <ledning>',
  method: 'coordinator',
  decision: null,
  signedBy: [],
}

describe('exportVersion', () => {
  it('escapes the title, names and link targets of a Markdown export', async () => {
    const { body } = await exportVersion(hostile, 'md')
    const markdown = String(body)
    expect(markdown.startsWith('# \\<img src=x onerror=alert(1)\\> \\# Falsk rubrik\n')).toBe(true)
    expect(markdown).not.toMatch(/^# Falsk/m)
    expect(markdown).toContain('\\[Ordförande\\](https://evil.example)')
    expect(markdown).toContain('\\*Länsgemensam\\* \\<ledning\\>')
    expect(markdown).not.toMatch(/[^\\]\]\(javascript:/)
    expect(markdown).toContain('[Bilaga\\](javascript:alert(1))](https://example.se/x%29%20%5By%5D%28javascript:z)')
    expect(markdown).toContain('§ 1 \\<b\\>Punkt\\</b\\>')
  })

  it('escapes the title and names of an HTML export', async () => {
    const { body } = await exportVersion(hostile, 'html')
    const html = String(body)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<ledning>')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('[Ordförande](https://evil.example)')
  })
})
