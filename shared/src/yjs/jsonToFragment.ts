import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'

function marksToAttributes(marks: JSONContent['marks']): Record<string, unknown> | undefined {
  if (!marks || marks.length === 0) return undefined
  return Object.fromEntries(marks.map((mark) => [mark.type, mark.attrs ?? {}]))
}

function toYNodes(content: readonly JSONContent[]): Array<Y.XmlElement | Y.XmlText> {
  const nodes: Array<Y.XmlElement | Y.XmlText> = []
  let text: Y.XmlText | null = null
  // Tracked here: a Y.XmlText not yet in a document cannot tell its own length.
  let textLength = 0
  for (const node of content) {
    if (node.type === 'text') {
      // Adjacent text nodes share one Y.XmlText, as y-prosemirror stores them.
      if (text === null) {
        text = new Y.XmlText()
        textLength = 0
      }
      const value = node.text ?? ''
      // {} for unmarked text: undefined would continue the marks of the text before it.
      text.insert(textLength, value, marksToAttributes(node.marks) ?? {})
      textLength += value.length
      continue
    }
    if (text) nodes.push(text)
    text = null
    const element = new Y.XmlElement(node.type ?? 'paragraph')
    for (const [key, value] of Object.entries(node.attrs ?? {})) {
      if (value !== null && value !== undefined) element.setAttribute(key, value as string)
    }
    element.insert(0, toYNodes(node.content ?? []))
    nodes.push(element)
  }
  if (text) nodes.push(text)
  return nodes
}

/**
 * Appends ProseMirror JSON content (a doc's children) to a Yjs body fragment in y-prosemirror's
 * representation, so editors read it as if it had been typed.
 */
export function appendJsonToFragment(fragment: Y.XmlFragment, content: readonly JSONContent[]): void {
  fragment.insert(fragment.length, toYNodes(content))
}

/** Inserts ProseMirror JSON content (blocks) into a Yjs body fragment at a child index. */
export function insertJsonIntoFragment(fragment: Y.XmlFragment, index: number, content: readonly JSONContent[]): void {
  fragment.insert(index, toYNodes(content))
}
