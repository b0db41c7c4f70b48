import type { JSONContent } from '@tiptap/core'
import type * as Y from 'yjs'
import { activity, decision, meetingHeader } from '../blocks/index.js'
import type { DocumentType } from '../documentTypes.js'
import { getBody, readDocumentMeta } from '../documentLayout.js'
import { plainText } from '../registers/plainText.js'
import { typedAttrs } from '../registers/typedAttrs.js'
import { fragmentToJson } from '../yjs/fragmentToJson.js'

/** What a document is found by: its title, its plain text and the body (organ) that met, if any. */
export interface DocumentSearchText {
  readonly title: string
  readonly type: DocumentType
  /** The deciding body of a protocol's meeting header ('' when there is none). */
  readonly body: string
  /** Every block's text, one block a line, then the words kept in blocks' fields. */
  readonly text: string
}

/** Words kept in typed blocks' fields rather than their text: who, where, how followed up. */
function fieldText(node: JSONContent): string[] {
  if (node.type === meetingHeader.name) {
    const attrs = typedAttrs(meetingHeader, node)
    return [attrs.decidingBody, attrs.place, attrs.chair, ...attrs.adjusters]
  }
  if (node.type === decision.name) {
    const attrs = typedAttrs(decision, node)
    return [attrs.decidingBody, attrs.group, ...attrs.persons]
  }
  if (node.type === activity.name) {
    const attrs = typedAttrs(activity, node)
    return [attrs.responsible, attrs.followUp, ...attrs.partnerGroups]
  }
  return []
}

/**
 * The searchable text of a document's body (ProseMirror JSON): all text (agenda items, decisions,
 * activities, paragraphs, tables), one block a line, then the words of blocks' fields.
 */
export function bodySearchText(body: JSONContent): { text: string; body: string } {
  const fields: string[] = []
  let meetingBody = ''
  const visit = (node: JSONContent): void => {
    if (node.type === meetingHeader.name && meetingBody === '') {
      meetingBody = typedAttrs(meetingHeader, node).decidingBody.trim()
    }
    fields.push(...fieldText(node))
    for (const child of node.content ?? []) visit(child)
  }
  visit(body)
  const extra = [...new Set(fields.map((field) => field.trim()).filter(Boolean))]
  const text = [plainText(body.content), ...extra].filter(Boolean).join('\n')
  return { text, body: meetingBody }
}

/**
 * The searchable text of a document's Yjs state, read with the shared layout (the same on the
 * server and, offline, over the device's copies); null when it holds no valid document yet.
 */
export function documentSearchText(doc: Y.Doc): DocumentSearchText | null {
  const meta = readDocumentMeta(doc)
  if (meta === null) return null
  const { text, body } = bodySearchText(fragmentToJson(getBody(doc)))
  return { title: meta.title, type: meta.type, body, text }
}
