import type { JSONContent } from '@tiptap/core'

/** A run of text with its marks; `href` only for a link that may be opened (http(s), mailto, tel). */
export interface InlineRun {
  readonly text: string
  readonly bold?: true
  readonly italic?: true
  readonly strike?: true
  readonly underline?: true
  readonly code?: true
  readonly href?: string
  /** A line break inside the paragraph (its text is '\n'). */
  readonly lineBreak?: true
}

const SAFE_HREF = /^(https?:|mailto:|tel:)/i

/** The runs of a paragraph's inline content, marks kept, unsafe links left as text. */
export function inlineRuns(nodes: readonly JSONContent[] = []): InlineRun[] {
  return nodes.flatMap((node): InlineRun[] => {
    if (node.type === 'hardBreak') return [{ text: '\n', lineBreak: true }]
    if (node.type !== 'text' || !node.text) return []
    const run: { -readonly [K in keyof InlineRun]: InlineRun[K] } = { text: node.text }
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') run.bold = true
      else if (mark.type === 'italic') run.italic = true
      else if (mark.type === 'strike') run.strike = true
      else if (mark.type === 'underline') run.underline = true
      else if (mark.type === 'code') run.code = true
      else if (mark.type === 'link') {
        const href = String(mark.attrs?.href ?? '').trim()
        if (SAFE_HREF.test(href)) run.href = href
      }
    }
    return [run]
  })
}

/** Plain text as one run (none for empty text). */
export function plainRuns(text: string): InlineRun[] {
  return text === '' ? [] : [{ text }]
}

/** Whether inline content holds no visible text. */
export function isBlank(nodes: readonly JSONContent[] = []): boolean {
  return nodes.every((node) => node.type === 'hardBreak' || (node.text ?? '').trim() === '')
}

/** The text of runs, marks dropped. */
export function runsText(runs: readonly InlineRun[]): string {
  return runs.map((run) => run.text).join('')
}
