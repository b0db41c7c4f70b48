import type { JSONContent } from '@tiptap/core'
import {
  activity,
  agendaItem,
  attendee,
  blockDefinition,
  decision,
  isLinkAddress,
  meetingHeader,
  validateAttributes,
} from '../blocks/index.js'
import { agendaNumbers } from './agendaNumbers.js'
import { plainText } from './plainText.js'
import { bodyOf, titleOf, typedAttrs } from './typedAttrs.js'

/** One thing to fix before approval; `blockId` points at the block ('' when it has none). */
export type CheckIssue =
  | { code: 'decisionWithoutText'; blockId: string; label: string }
  | { code: 'activityWithoutResponsible'; blockId: string; label: string }
  | { code: 'activityWithoutTimeFrame'; blockId: string; label: string }
  | { code: 'numberingGap'; blockId: string; expected: number; found: number }
  | { code: 'attendeeWithoutOrganisation'; blockId: string; label: string }
  | { code: 'meetingWithoutDate'; blockId: string }
  | { code: 'duplicateBlockId'; blockId: string; blockType: string }
  | { code: 'invalidAttributes'; blockId: string; blockType: string; problems: string[] }
  /** An attachment row of an agenda item (`label`: the item's title) with no address, or one that is no link. */
  | { code: 'attachmentWithoutAddress'; blockId: string; label: string; attachment: string }
  | { code: 'attachmentNotALink'; blockId: string; label: string; attachment: string }

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text)

/**
 * The check list before approval: decisions without decision text, activities without a
 * responsible or time frame, gaps in the agenda numbering, attendees without organisation, and
 * blocks whose attributes do not validate. Pure: the editor, the server and tests share it.
 */
export function checkDocument(body: JSONContent): CheckIssue[] {
  const issues: CheckIssue[] = []
  const seen = new Map<string, string>()

  const visit = (node: JSONContent) => {
    const definition = node.type ? blockDefinition(node.type) : undefined
    if (definition && node.type) {
      const id = typeof node.attrs?.id === 'string' ? node.attrs.id : ''
      const validation = validateAttributes(definition, node.attrs ?? {})
      if (!validation.ok)
        issues.push({ code: 'invalidAttributes', blockId: id, blockType: node.type, problems: validation.problems })
      if (id !== '') {
        if (seen.has(id)) issues.push({ code: 'duplicateBlockId', blockId: id, blockType: node.type })
        seen.set(id, node.type)
      }
    }
    if (node.type === decision.name) {
      const attrs = typedAttrs(decision, node)
      if (plainText(bodyOf(node)) === '')
        issues.push({ code: 'decisionWithoutText', blockId: attrs.id, label: titleOf(node) })
    } else if (node.type === activity.name) {
      const attrs = typedAttrs(activity, node)
      const label = shorten(plainText(node.content))
      if (attrs.responsible.trim() === '') issues.push({ code: 'activityWithoutResponsible', blockId: attrs.id, label })
      if (attrs.timeFrom === '' && attrs.timeTo === '')
        issues.push({ code: 'activityWithoutTimeFrame', blockId: attrs.id, label })
    } else if (node.type === agendaItem.name) {
      const attrs = typedAttrs(agendaItem, node)
      for (const [index, row] of attrs.attachments.entries()) {
        const base = { blockId: attrs.id, label: titleOf(node), attachment: row.label.trim() || String(index + 1) }
        if (row.href.trim() === '') issues.push({ code: 'attachmentWithoutAddress', ...base })
        else if (!isLinkAddress(row.href)) issues.push({ code: 'attachmentNotALink', ...base })
      }
    } else if (node.type === attendee.name) {
      const attrs = typedAttrs(attendee, node)
      // A title alone is how real protocols list people outside the organisations (Invånarrepresentant).
      if (attrs.organisation.trim() === '' && attrs.role.trim() === '')
        issues.push({ code: 'attendeeWithoutOrganisation', blockId: attrs.id, label: attrs.name })
    } else if (node.type === meetingHeader.name) {
      if (typedAttrs(meetingHeader, node).date === '') issues.push({ code: 'meetingWithoutDate', blockId: '' })
    }
    for (const child of node.content ?? []) visit(child)
  }
  for (const node of body.content ?? []) visit(node)

  let previous: number | null = null
  for (const [node, number] of agendaNumbers(body)) {
    if (previous !== null && number !== previous + 1) {
      issues.push({
        code: 'numberingGap',
        blockId: typeof node.attrs?.id === 'string' ? node.attrs.id : '',
        expected: previous + 1,
        found: number,
      })
    }
    previous = number
  }
  return issues
}
