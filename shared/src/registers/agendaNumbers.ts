import type { JSONContent } from '@tiptap/core'
import { agendaItem, meetingHeader } from '../blocks/index.js'
import { typedAttrs } from './typedAttrs.js'

/**
 * The numbers of a protocol's agenda items, in document order: from the header's first number,
 * each item one more than the last, unless it has a fixed number (later items continue from it).
 */
export function agendaNumbers(doc: JSONContent): Map<JSONContent, number> {
  const top = doc.content ?? []
  const header = top.find((n) => n.type === meetingHeader.name)
  let next = header ? typedAttrs(meetingHeader, header).firstItemNumber : 1
  const numbers = new Map<JSONContent, number>()
  for (const node of top) {
    if (node.type !== agendaItem.name) continue
    const fixed = typedAttrs(agendaItem, node).number
    const number = fixed ?? next
    numbers.set(node, number)
    next = number + 1
  }
  return numbers
}
