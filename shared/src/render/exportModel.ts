import type { JSONContent } from '@tiptap/core'
import {
  activity,
  agendaItem,
  attendanceList,
  attendee,
  decision,
  documentFacts,
  groupPlan,
  improvementArea,
  informationItem,
  linkedAttachments,
  meetingHeader,
  ongoingWorkArea,
  planSection,
  responsibilityRow,
  routineStep,
  type Person,
} from '../blocks/index.js'
import { agendaNumbers } from '../registers/agendaNumbers.js'
import { plainText } from '../registers/plainText.js'
import { bodyOf, titleOf, typedAttrs } from '../registers/typedAttrs.js'
import { DECISION_KIND_LABELS, EXPORT_LABELS as L, SECTION_LABELS, STATUS_LABELS } from './blockLabels.js'
import { inlineRuns, isBlank, plainRuns, type InlineRun } from './exportInline.js'

export type { InlineRun } from './exportInline.js'

/**
 * A document as every export format reads it: headings, paragraphs, labelled fields, lists, tables
 * and sections (a decision, an activity), already in Swedish and with nothing empty left in. HTML,
 * Markdown and PDF each only lay this out, so they cannot drift apart.
 */
export type ExportBlock =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: InlineRun[] }
  | { readonly type: 'paragraph'; readonly text: InlineRun[] }
  | { readonly type: 'field'; readonly label: string; readonly value: InlineRun[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: ExportBlock[][] }
  | { readonly type: 'table'; readonly header: boolean; readonly rows: ExportBlock[][][] }
  | { readonly type: 'section'; readonly role: string; readonly children: ExportBlock[] }

const heading = (level: 1 | 2 | 3, text: string): ExportBlock[] =>
  text.trim() === '' ? [] : [{ type: 'heading', level, text: plainRuns(text) }]
const field = (label: string, value: string): ExportBlock[] =>
  value.trim() === '' ? [] : [{ type: 'field', label, value: plainRuns(value) }]
const section = (role: string, children: ExportBlock[]): ExportBlock[] =>
  children.length === 0 ? [] : [{ type: 'section', role, children }]
const range = (from: string, to: string) => [from, to].filter(Boolean).join(' – ')
const person = (p: Person) =>
  [p.name, p.title, p.organisation]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ')

/** The export model of a document body. */
export function exportModel(body: JSONContent): ExportBlock[] {
  const numbers = agendaNumbers(body)
  let step = 0
  const blocks = (list: JSONContent[] = []): ExportBlock[] => list.flatMap(render)
  const render = (node: JSONContent): ExportBlock[] => {
    if (node.type !== routineStep.name) step = 0
    switch (node.type) {
      case 'paragraph':
        return isBlank(node.content) ? [] : [{ type: 'paragraph', text: inlineRuns(node.content) }]
      case 'heading': {
        if (isBlank(node.content)) return []
        const level = Math.min(3, Math.max(1, Number(node.attrs?.level ?? 2))) as 1 | 2 | 3
        return [{ type: 'heading', level, text: inlineRuns(node.content) }]
      }
      case 'bulletList':
      case 'orderedList': {
        const items = (node.content ?? []).map((item) => blocks(item.content)).filter((item) => item.length > 0)
        return items.length === 0 ? [] : [{ type: 'list', ordered: node.type === 'orderedList', items }]
      }
      case 'table': {
        const rows = (node.content ?? []).map((row) => (row.content ?? []).map((cell) => blocks(cell.content)))
        const header = node.content?.[0]?.content?.every((cell) => cell.type === 'tableHeader') ?? false
        return rows.every((row) => row.every((cell) => cell.length === 0)) ? [] : [{ type: 'table', header, rows }]
      }
      case meetingHeader.name: {
        const a = typedAttrs(meetingHeader, node)
        return section('meeting-header', [
          ...field(L.body, a.decidingBody),
          ...field(L.date, a.date),
          ...field(L.place, a.place),
          ...field(L.time, a.time),
          ...field(L.chair, a.chair),
          ...field(L.adjusters, a.adjusters.join(', ')),
        ])
      }
      case agendaItem.name: {
        const a = typedAttrs(agendaItem, node)
        const attachments = linkedAttachments(a.attachments)
        const attachmentRuns = attachments.flatMap((x, index): InlineRun[] => [
          ...(index > 0 ? [{ text: ', ' }] : []),
          { text: x.label || x.href, href: x.href },
        ])
        return section('agenda-item', [
          { type: 'heading', level: 2, text: plainRuns(`§ ${numbers.get(node) ?? ''} ${titleOf(node)}`.trim()) },
          ...field(L.presenters, a.presenters.map(person).filter(Boolean).join('; ')),
          ...(attachmentRuns.length > 0
            ? [{ type: 'field', label: L.attachments, value: attachmentRuns } as const]
            : []),
          ...field(L.raisedBy, a.raisedBy ? person(a.raisedBy) : ''),
          ...field(L.addendumFor, a.addendumMeetingDate),
          ...blocks(bodyOf(node)),
        ])
      }
      case informationItem.name:
        return section('information', [
          ...heading(3, titleOf(node) || L.information),
          ...field(L.group, typedAttrs(informationItem, node).group),
          ...blocks(bodyOf(node)),
        ])
      case decision.name:
        return section('decision', decisionBlocks(node))
      case attendanceList.name: {
        const rows = node.content ?? []
        const people = rows.filter((entry) => !isAbsent(entry)).flatMap((entry) => attendeeLine(entry))
        const absent = rows.filter(isAbsent).flatMap((entry) => attendeeLine(entry))
        if (people.length === 0 && absent.length === 0) return []
        const kind = typedAttrs(attendanceList, node).kind
        const list = (lines: string[]): ExportBlock[] =>
          lines.length === 0
            ? []
            : [
                {
                  type: 'list',
                  ordered: false,
                  items: lines.map((line) => [{ type: 'paragraph', text: plainRuns(line) }]),
                },
              ]
        return section('attendance', [
          ...(people.length > 0 ? heading(2, kind === 'members' ? L.membersPresent : L.othersPresent) : []),
          ...list(people),
          ...(absent.length > 0 ? heading(2, L.membersAbsent) : []),
          ...list(absent),
        ])
      }
      case groupPlan.name: {
        const a = typedAttrs(groupPlan, node)
        return section('group-plan', [
          ...heading(2, titleOf(node)),
          ...field(L.group, a.group),
          ...field(L.period, range(a.periodFrom, a.periodTo)),
          ...blocks(bodyOf(node)),
        ])
      }
      case planSection.name: {
        const content = blocks(node.content)
        if (content.length === 0) return []
        return section('plan-section', [...heading(3, SECTION_LABELS[typedAttrs(planSection, node).kind]), ...content])
      }
      case improvementArea.name: {
        const a = typedAttrs(improvementArea, node)
        const title = titleOf(node)
        return section('improvement-area', [
          ...heading(3, title ? `${L.improvementArea}: ${title}` : L.improvementArea),
          ...field(L.timeFrame, range(a.timeFrom, a.timeTo)),
          ...field(L.milestones, a.milestones.map((m) => `${m.label} ${m.date}`.trim()).join(', ')),
          ...blocks(bodyOf(node)),
        ])
      }
      case activity.name: {
        const a = typedAttrs(activity, node)
        if (plainText(node.content) === '' && a.responsible === '' && a.timeFrom === '' && a.timeTo === '') return []
        return section('activity', [
          ...blocks(node.content),
          ...field(L.responsible, a.responsible),
          ...field(L.timeFrame, range(a.timeFrom, a.timeTo)),
          ...field(L.status, STATUS_LABELS[a.status]),
        ])
      }
      case 'ongoingWork': {
        const rows = (node.content ?? []).flatMap((area): ExportBlock[][][] => {
          const content = blocks(area.content)
          const name = typedAttrs(ongoingWorkArea, area).area
          return content.length === 0 && name === '' ? [] : [[paragraphOf(name), content]]
        })
        if (rows.length === 0) return []
        return section('ongoing-work', [
          ...heading(3, L.ongoingWork),
          { type: 'table', header: true, rows: [[paragraphOf(L.area), paragraphOf(L.activities)], ...rows] },
        ])
      }
      case 'responsibilityMatrix': {
        const rows = (node.content ?? []).map((row) => [
          paragraphOf(typedAttrs(responsibilityRow, row).party),
          blocks(row.content),
        ])
        if (rows.every(([party, content]) => party!.length === 0 && content!.length === 0)) return []
        return [
          { type: 'table', header: true, rows: [[paragraphOf(L.party), paragraphOf(L.responsibilities)], ...rows] },
        ]
      }
      case routineStep.name: {
        const a = typedAttrs(routineStep, node)
        step += 1
        return section('routine-step', [
          ...heading(3, `${L.step} ${step}`),
          ...field(L.who, a.who),
          ...field(L.when, a.when),
          ...blocks(node.content),
        ])
      }
      case documentFacts.name: {
        const a = typedAttrs(documentFacts, node)
        const facts = [
          ...field(L.owner, a.owner),
          ...field(L.approvedBy, a.approvedBy),
          ...field(L.approvedAt, a.approvedAt),
          ...field(L.validFrom, a.validFrom),
          ...field(L.validUntil, a.validUntil),
          ...field(L.nextReview, a.nextReview),
          ...field(L.revision, a.revision),
        ]
        return facts.length === 0 ? [] : section('document-facts', [...heading(2, L.documentFacts), ...facts])
      }
      default:
        return node.content ? blocks(node.content) : []
    }
  }

  /** A decision: its heading, kind, and every fact it holds, then its text. */
  const decisionBlocks = (node: JSONContent): ExportBlock[] => {
    const a = typedAttrs(decision, node)
    const title = titleOf(node)
    const change = a.memberChange
    const changeText = change === null ? '' : memberChangeText(change)
    const approved = a.approvedDocument
    return [
      ...heading(3, title ? `${L.decision}: ${title}` : L.decision),
      ...field(L.kind, DECISION_KIND_LABELS[a.kind]),
      ...field(L.decidingBody, a.decidingBody),
      ...field(L.date, a.date),
      ...field(L.group, a.group),
      ...field(L.memberChange, changeText),
      ...field(
        L.approvedDocument,
        approved ? approved.title + (approved.version ? `, version ${approved.version}` : '') : '',
      ),
      ...field(L.persons, a.persons.filter(Boolean).join(', ')),
      ...field(L.taken, a.betweenMeetings ? L.betweenMeetings : ''),
      ...blocks(bodyOf(node)),
    ]
  }
  return blocks(body.content)
}

/** A person in running text: "Name (title, organisation)". */
function personInText(p: Person): string {
  const about = [p.title, p.organisation]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ')
  return p.name.trim() === '' ? about : about === '' ? p.name.trim() : `${p.name.trim()} (${about})`
}

/** "A (…) ersätter B (…) i gruppen", or what of it is filled in. */
function memberChangeText(change: { incoming: Person; outgoing: Person; group: string }): string {
  const incoming = personInText(change.incoming)
  const outgoing = personInText(change.outgoing)
  const who = incoming && outgoing ? `${incoming} ${L.replaces} ${outgoing}` : incoming || outgoing
  if (who === '') return ''
  return change.group.trim() === '' ? who : `${who} ${L.inGroup} ${change.group.trim()}`
}

/** One paragraph of plain text, or nothing for empty text. */
function paragraphOf(text: string): ExportBlock[] {
  return text.trim() === '' ? [] : [{ type: 'paragraph', text: plainRuns(text) }]
}

/** An attendee as one line: "Name, organisation (role, tf, via länk)", or nothing when unnamed. */
function attendeeLine(node: JSONContent): string[] {
  if (node.type !== attendee.name) return []
  const a = typedAttrs(attendee, node)
  const who = [a.name, a.organisation]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ')
  if (who === '') return []
  const standIn = a.standIn ? (a.standsInFor.trim() ? `${L.standInFor} ${a.standsInFor.trim()}` : L.standIn) : ''
  const notes = [a.role, standIn, a.remote && !a.absent ? L.remote : ''].filter(Boolean).join(', ')
  return [notes ? `${who} (${notes})` : who]
}

/** An attendee row marked as not attending. */
function isAbsent(node: JSONContent): boolean {
  return node.type === attendee.name && typedAttrs(attendee, node).absent
}
