import path from 'node:path'
import { createRequire } from 'node:module'
import { exportModel, type ExportBlock, type InlineRun, type JSONContent } from '@samskriv/shared'
import pdfmake, { type Content } from 'pdfmake'

const require = createRequire(import.meta.url)
const fontDir = path.dirname(require.resolve('pdfmake/fonts/Roboto.js'))
pdfmake.addFonts(require('pdfmake/fonts/Roboto.js') as Record<string, Record<string, string>>)
// Fonts only; an approved version never makes the server read other files or fetch URLs.
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir))
pdfmake.setUrlAccessPolicy(() => false)

/** Inline runs as pdfmake text runs; the export model only carries safe links. */
function runsPdf(runs: readonly InlineRun[]): Content[] {
  return runs.map((run) => {
    const text: Record<string, unknown> = { text: run.text }
    if (run.bold) text.bold = true
    if (run.italic) text.italics = true
    if (run.strike) text.decoration = 'lineThrough'
    if (run.underline) text.decoration = 'underline'
    if (run.href !== undefined) {
      text.link = run.href
      text.color = '#1d4f8c'
      text.decoration = 'underline'
    }
    return text
  })
}

/** Export blocks as pdfmake content. */
function blocksPdf(blocks: readonly ExportBlock[]): Content[] {
  return blocks.flatMap((block): Content[] => {
    switch (block.type) {
      case 'heading':
        return [{ text: runsPdf(block.text), style: `h${block.level}` }]
      case 'paragraph':
        return [{ text: runsPdf(block.text), margin: [0, 0, 0, 6] }]
      case 'field':
        return [{ text: [{ text: `${block.label}: `, bold: true }, ...runsPdf(block.value)], margin: [0, 0, 0, 2] }]
      case 'list': {
        const items = block.items.map((item) => blocksPdf(item))
        return [block.ordered ? { ol: items, margin: [0, 0, 0, 6] } : { ul: items, margin: [0, 0, 0, 6] }]
      }
      case 'table':
        return [
          {
            table: {
              headerRows: block.header ? 1 : 0,
              body: block.rows.map((row, index) =>
                row.map((cell) =>
                  block.header && index === 0 ? { stack: blocksPdf(cell), bold: true } : blocksPdf(cell),
                ),
              ),
            },
            margin: [0, 0, 0, 8],
          },
        ]
      case 'section':
        if (block.role === 'activity') return [{ stack: blocksPdf(block.children), margin: [10, 0, 0, 8] }]
        if (block.role === 'meeting-header') return [{ stack: blocksPdf(block.children), margin: [0, 0, 0, 8] }]
        if (block.role === 'signatures')
          return [{ stack: blocksPdf(block.children), margin: [0, 16, 0, 0], unbreakable: true }]
        return blocksPdf(block.children)
    }
  })
}

/** What the footer of every page says about the approved version. */
export interface VersionStamp {
  readonly title: string
  readonly number: number
  readonly approval: string
  readonly hash: string
}

/**
 * A print-ready A4 PDF of an approved version, with version, approval and hash on every page and
 * `closing` (the signature block) after the text.
 */
export function renderPdf(
  content: JSONContent,
  stamp: VersionStamp,
  closing: readonly ExportBlock[] = [],
): Promise<Buffer> {
  return pdfmake
    .createPdf({
      info: { title: stamp.title, subject: `Godkänd version ${stamp.number}`, keywords: `SHA-256 ${stamp.hash}` },
      language: 'sv-SE',
      pageSize: 'A4',
      pageMargins: [56, 56, 56, 80],
      defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
      styles: {
        title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
        subtitle: { fontSize: 10, color: '#444444', margin: [0, 0, 0, 14] },
        h1: { fontSize: 16, bold: true, margin: [0, 10, 0, 6] },
        h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
        h3: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 3] },
      },
      content: [
        { text: stamp.title, style: 'title' },
        { text: `Godkänd version ${stamp.number} · ${stamp.approval}`, style: 'subtitle' },
        ...blocksPdf(exportModel(content)),
        ...blocksPdf(closing),
      ],
      footer: (page, pages) => ({
        margin: [56, 16, 56, 0],
        fontSize: 7.5,
        color: '#333333',
        stack: [
          `${stamp.title} · Godkänd version ${stamp.number} · ${stamp.approval}`,
          { columns: [`SHA-256: ${stamp.hash}`, { text: `Sida ${page} av ${pages}`, alignment: 'right', width: 60 }] },
        ],
      }),
    })
    .getBuffer()
}
