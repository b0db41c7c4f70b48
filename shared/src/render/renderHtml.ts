import type { JSONContent } from '@tiptap/core'
import { exportModel, type ExportBlock } from './exportModel.js'
import type { InlineRun } from './exportInline.js'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** Escapes text for HTML. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** Inline runs as HTML; the export model only carries safe links. */
function runsHtml(runs: readonly InlineRun[]): string {
  return runs
    .map((run) => {
      if (run.lineBreak) return '<br>'
      let html = escapeHtml(run.text)
      if (run.bold) html = `<strong>${html}</strong>`
      if (run.italic) html = `<em>${html}</em>`
      if (run.strike) html = `<s>${html}</s>`
      if (run.underline) html = `<u>${html}</u>`
      if (run.code) html = `<code>${html}</code>`
      if (run.href !== undefined) html = `<a href="${escapeHtml(run.href)}">${html}</a>`
      return html
    })
    .join('')
}

/** Export blocks as HTML. */
export function exportHtml(blocks: readonly ExportBlock[]): string {
  return blocks.map(blockHtml).join('')
}

function blockHtml(block: ExportBlock): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${runsHtml(block.text)}</h${block.level}>`
    case 'paragraph':
      return `<p>${runsHtml(block.text)}</p>`
    case 'field':
      return `<p class="field"><span class="label">${escapeHtml(block.label)}:</span> ${runsHtml(block.value)}</p>`
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul'
      return `<${tag}>${block.items.map((item) => `<li>${exportHtml(item)}</li>`).join('')}</${tag}>`
    }
    case 'table':
      return `<table>${block.rows
        .map((row, index) => {
          const cell = block.header && index === 0 ? 'th' : 'td'
          return `<tr>${row.map((content) => `<${cell}>${exportHtml(content)}</${cell}>`).join('')}</tr>`
        })
        .join('')}</table>`
    case 'section':
      return `<section class="${block.role}">${exportHtml(block.children)}</section>`
  }
}

/**
 * Renders a document body as HTML: the rendered snapshot stored with an approved version and the
 * HTML export. Deterministic, escapes all text, and keeps only http(s), mailto and tel links.
 */
export function renderHtml(body: JSONContent): string {
  return exportModel(body).map(blockHtml).join('\n')
}
