import * as Y from 'yjs'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { getBody } from '@samskriv/shared'

/** Whether the content document still has a block with this id (anywhere in the body). */
export function hasBlock(content: Y.Doc, blockId: string): boolean {
  if (blockId === '') return false
  const stack: Array<Y.XmlFragment | Y.XmlElement> = [getBody(content)]
  for (let parent = stack.pop(); parent !== undefined; parent = stack.pop()) {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue
      if (child.getAttribute('id') === blockId) return true
      stack.push(child)
    }
  }
  return false
}

/** The editor position and node of the block with this id, or null. */
export function findBlockNode(doc: ProseMirrorNode, blockId: string): { pos: number; node: ProseMirrorNode } | null {
  let found: { pos: number; node: ProseMirrorNode } | null = null
  doc.descendants((node, pos) => {
    if (found !== null) return false
    if (node.attrs.id === blockId && blockId !== '') {
      found = { pos, node }
      return false
    }
    return !node.isTextblock
  })
  return found
}

/** What a block is called for its comments: its title or first text, shortened. */
export function blockQuote(node: ProseMirrorNode, label: string): string {
  const text = node.textContent.trim().replace(/\s+/g, ' ')
  const short = text.length > 120 ? `${text.slice(0, 119)}…` : text
  return short === '' ? label : `${label}: ${short}`
}
