import {
  escapeHtml,
  escapeMarkdown,
  exportHtml,
  exportMarkdown,
  renderMarkdown,
  signatureBlock,
  type JSONContent,
} from '@samskriv/shared'
import type { VersionRecord } from '../storage/ApprovalStore.js'
import type { ExportFormat } from './exportFormats.js'
import { renderPdf } from './renderPdf.js'

/** What an export shows of a version (everything but its Yjs state). */
type Exported = Pick<
  VersionRecord,
  'number' | 'title' | 'bodyJson' | 'html' | 'hash' | 'approvedAt' | 'approvedBy' | 'onBehalfOf' | 'signedBy' | 'method'
>

/** "Godkänd av … den … på uppdrag av …" (and who confirmed it, for justering). */
export function approvalLine(
  version: Pick<VersionRecord, 'approvedAt' | 'approvedBy' | 'onBehalfOf' | 'signedBy'>,
): string {
  const date = version.approvedAt.slice(0, 10)
  const signed = version.signedBy.length > 0 ? `; justerad av ${version.signedBy.map((s) => s.name).join(', ')}` : ''
  return `Godkänd ${date} av ${version.approvedBy.name} på uppdrag av ${version.onBehalfOf}${signed}`
}

const PRINT_CSS = `body{font:11pt/1.45 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:1.6rem}h3{font-size:1.05rem}table{border-collapse:collapse}
td,th{border:1px solid #999;padding:.3rem .5rem;vertical-align:top}.label{font-weight:600}
footer{margin-top:3rem;border-top:1px solid #999;padding-top:.5rem;font-size:.8rem;word-break:break-all}
@media print{body{margin:0;max-width:none}footer{position:fixed;bottom:0;left:0;right:0;background:#fff}}`

/** A file name from the title, version and format. */
function fileName(version: Pick<VersionRecord, 'title' | 'number'>, format: ExportFormat): string {
  const base =
    version.title
      .normalize('NFKD')
      .replace(/[^\w\- ]+/g, '')
      .trim()
      .replace(/\s+/g, '-') || 'dokument'
  return `${base}-version-${version.number}.${format}`
}

/** An approved version as a file: PDF (print-ready), Markdown or a standalone HTML page. */
export async function exportVersion(
  version: Exported,
  format: ExportFormat,
): Promise<{ body: Buffer | string; contentType: string; fileName: string }> {
  const stamp = { title: version.title, number: version.number, approval: approvalLine(version), hash: version.hash }
  const signatures = signatureBlock({
    method: version.method,
    approvedBy: version.approvedBy.name,
    approvedAt: version.approvedAt,
    onBehalfOf: version.onBehalfOf,
    signedBy: version.signedBy,
  })
  if (format === 'pdf') {
    const body = JSON.parse(version.bodyJson) as JSONContent
    const pdf = await renderPdf(body, stamp, signatures)
    return { body: pdf, contentType: 'application/pdf', fileName: fileName(version, format) }
  }
  const footer = `Godkänd version ${version.number} · ${stamp.approval} · SHA-256: ${version.hash}`
  if (format === 'md') {
    const body = renderMarkdown(JSON.parse(version.bodyJson) as JSONContent)
    const closing = exportMarkdown(signatures)
      .replace(/\n{3,}/g, '\n\n')
      .trim()
    const markdown = `# ${escapeMarkdown(version.title)}\n\n*Godkänd version ${version.number}*\n\n${body}\n${closing}\n\n---\n\n${escapeMarkdown(footer)}\n`
    return { body: markdown, contentType: 'text/markdown; charset=utf-8', fileName: fileName(version, format) }
  }
  const html = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(version.title)} – version ${version.number}</title><style>${PRINT_CSS}</style></head>
<body><header><h1>${escapeHtml(version.title)}</h1><p>Godkänd version ${version.number}</p></header>
<main>${version.html}${exportHtml(signatures)}</main>
<footer>${escapeHtml(footer)}</footer></body></html>
`
  return { body: html, contentType: 'text/html; charset=utf-8', fileName: fileName(version, format) }
}
