import type { JSONContent } from '@tiptap/core'
import { exportModel, type ExportBlock } from './exportModel.js'
import { runsText, type InlineRun } from './exportInline.js'
import { escapeMarkdown, markdownCode, markdownLinkTarget } from './markdownText.js'

/** Inline runs as Markdown, every character of the text escaped. */
function runsMarkdown(runs: readonly InlineRun[]): string {
  return runs
    .map((run) => {
      if (run.lineBreak) return '  \n'
      let text = run.code ? markdownCode(run.text) : escapeMarkdown(run.text)
      if (run.bold) text = `**${text}**`
      if (run.italic) text = `*${text}*`
      if (run.strike) text = `~~${text}~~`
      const target = run.href === undefined ? null : markdownLinkTarget(run.href)
      return target === null ? text : `[${text}](${target})`
    })
    .join('')
}

/** An activity on one line: its text, then its facts in brackets. */
function activityLine(children: readonly ExportBlock[], indent: string): string {
  const text = children.flatMap((child) => (child.type === 'paragraph' ? [runsMarkdown(child.text)] : [])).join(' ')
  const facts = children.flatMap((child) =>
    child.type === 'field' ? [`${escapeMarkdown(child.label)}: ${runsMarkdown(child.value)}`] : [],
  )
  return `${indent}- ${text}${facts.length > 0 ? ` (${facts.join('; ')})` : ''}\n`
}

/** Export blocks as Markdown. */
export function exportMarkdown(blocks: readonly ExportBlock[], indent = ''): string {
  let out = ''
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        out += `\n${'#'.repeat(block.level)} ${runsMarkdown(block.text)}\n\n`
        break
      case 'paragraph':
        out += `${indent}${runsMarkdown(block.text)}\n\n`
        break
      case 'field':
        out += `${indent}**${escapeMarkdown(block.label)}:** ${runsMarkdown(block.value)}\n\n`
        break
      case 'list':
        out += block.items
          .map((item, index) => {
            const marker = block.ordered ? `${index + 1}. ` : '- '
            const [first, ...rest] = item
            const head = first?.type === 'paragraph' ? runsMarkdown(first.text) : ''
            const tail = first?.type === 'paragraph' ? rest : item
            return `${indent}${marker}${head}\n${exportMarkdown(tail, `${indent}   `).replace(/\n\n/g, '\n')}`
          })
          .join('')
        out += '\n'
        break
      case 'table':
        out += block.rows
          .map((row, index) => {
            const cells = row.map((cell) => escapeMarkdown(cellText(cell)))
            const line = `${indent}| ${cells.join(' | ')} |\n`
            return index === 0 ? `${line}${indent}|${cells.map(() => ' --- |').join('')}\n` : line
          })
          .join('')
        out += '\n'
        break
      case 'section':
        out += block.role === 'activity' ? activityLine(block.children, indent) : exportMarkdown(block.children, indent)
        break
    }
  }
  return out
}

/** A table cell's text on one line. */
function cellText(cell: readonly ExportBlock[]): string {
  return cell
    .map((block) => (block.type === 'paragraph' || block.type === 'heading' ? runsText(block.text) : ''))
    .filter(Boolean)
    .join(' ')
}

/** Renders a document body as Markdown, for the Markdown export of an approved version. */
export function renderMarkdown(body: JSONContent): string {
  return (
    exportMarkdown(exportModel(body))
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  )
}
