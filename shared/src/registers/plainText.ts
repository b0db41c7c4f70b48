import type { JSONContent } from '@tiptap/core'

const BLOCK_SEPARATED = new Set(['paragraph', 'heading', 'listItem', 'blockTitle', 'tableCell', 'tableHeader'])

/** The text of ProseMirror JSON content: blocks separated by newlines, trimmed. */
export function plainText(nodes: readonly JSONContent[] | undefined): string {
  const parts: string[] = []
  const walk = (list: readonly JSONContent[]) => {
    for (const node of list) {
      if (node.type === 'text') parts.push(node.text ?? '')
      else if (node.type === 'hardBreak') parts.push('\n')
      if (node.content) walk(node.content)
      if (node.type && BLOCK_SEPARATED.has(node.type)) parts.push('\n')
    }
  }
  walk(nodes ?? [])
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n')
}
