import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'

/** y-prosemirror keys overlapping marks `name--hash`; the mark's name is before the dashes. */
const markName = (key: string) => key.split('--', 1)[0] ?? key

function textToJson(text: Y.XmlText): JSONContent[] {
  const delta = text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>
  return delta.flatMap((op) => {
    if (typeof op.insert !== 'string' || op.insert.length === 0) return []
    const node: JSONContent = { type: 'text', text: op.insert }
    const marks = Object.entries(op.attributes ?? {}).map(([key, attrs]) => ({
      type: markName(key),
      ...(attrs !== null && typeof attrs === 'object' && Object.keys(attrs).length > 0
        ? { attrs: attrs as Record<string, unknown> }
        : {}),
    }))
    if (marks.length > 0) node.marks = marks
    return [node]
  })
}

function childrenToJson(parent: Y.XmlFragment | Y.XmlElement): JSONContent[] {
  return parent.toArray().flatMap((child) => {
    if (child instanceof Y.XmlText) return textToJson(child)
    if (child instanceof Y.XmlElement) return [elementToJson(child)]
    return []
  })
}

/** The ProseMirror JSON of one Yjs element (a block and what it holds). */
export function elementToJson(element: Y.XmlElement): JSONContent {
  const node: JSONContent = { type: element.nodeName }
  const attrs = element.getAttributes() as Record<string, unknown>
  if (Object.keys(attrs).length > 0) node.attrs = attrs
  const content = childrenToJson(element)
  if (content.length > 0) node.content = content
  return node
}

/**
 * The ProseMirror JSON of a Yjs body fragment, read the way y-prosemirror writes it, without an
 * editor: how the server (and the client's registers) read typed blocks headlessly.
 */
export function fragmentToJson(fragment: Y.XmlFragment): JSONContent {
  return { type: 'doc', content: childrenToJson(fragment) }
}
