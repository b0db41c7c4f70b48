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
} from '../blocks/index.js'
import { agendaNumbers } from '../registers/agendaNumbers.js'
import { plainText } from '../registers/plainText.js'
import { bodyOf, titleOf, typedAttrs } from '../registers/typedAttrs.js'
import { DECISION_KIND_LABELS, EXPORT_LABELS as L, SECTION_LABELS, STATUS_LABELS } from './blockLabels.js'
import { escapeMarkdown, markdownCode, markdownLinkTarget } from './markdownText.js'

/** A link in Markdown, or its escaped text alone when the target is not a safe one. */
const link = (text: string, href: string) => {
  const target = markdownLinkTarget(href)
  return target === null ? text : `[${text}](${target})`
}
const field = (label: string, value: string) => (value ? `**${label}:** ${escapeMarkdown(value)}\n\n` : '')
const range = (from: string, to: string) => [from, to].filter(Boolean).join(' – ')

function inline(nodes: JSONContent[] = []): string {
  return nodes
    .map((node) => {
      if (node.type === 'hardBreak') return '  \n'
      let text = escapeMarkdown(node.text ?? '')
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') text = `**${text}**`
        else if (mark.type === 'italic') text = `*${text}*`
        else if (mark.type === 'strike') text = `~~${text}~~`
        else if (mark.type === 'code') text = markdownCode(node.text ?? '')
        else if (mark.type === 'link') text = link(text, String(mark.attrs?.href ?? ''))
      }
      return text
    })
    .join('')
}

/** Renders a document body as Markdown, for the Markdown export of an approved version. */
export function renderMarkdown(body: JSONContent): string {
  const numbers = agendaNumbers(body)
  let step = 0
  const blocks = (list: JSONContent[] = [], indent = ''): string => list.map((n) => render(n, indent)).join('')
  const render = (node: JSONContent, indent: string): string => {
    if (node.type !== routineStep.name) step = 0
    switch (node.type) {
      case 'paragraph':
        return `${indent}${inline(node.content)}\n\n`
      case 'heading':
        return `${'#'.repeat(Math.min(6, Number(node.attrs?.level ?? 2)))} ${inline(node.content)}\n\n`
      case 'bulletList':
      case 'orderedList':
        return (
          (node.content ?? [])
            .map((item, i) => {
              const marker = node.type === 'bulletList' ? '- ' : `${i + 1}. `
              const [first, ...rest] = item.content ?? []
              return `${indent}${marker}${first ? inline(first.content) : ''}\n${blocks(rest, `${indent}   `)}`
            })
            .join('') + '\n'
        )
      case 'table':
        return (
          (node.content ?? [])
            .map((row, i) => {
              const cells = (row.content ?? []).map((cell) => escapeMarkdown(plainText(cell.content)))
              const line = `| ${cells.join(' | ')} |\n`
              return i === 0 ? `${line}|${cells.map(() => ' --- |').join('')}\n` : line
            })
            .join('') + '\n'
        )
      case meetingHeader.name: {
        const a = typedAttrs(meetingHeader, node)
        return `${field(L.body, a.decidingBody)}${field(L.date, a.date)}${field(L.place, a.place)}${field(L.time, a.time)}${field(L.chair, a.chair)}${field(L.adjusters, a.adjusters.join(', '))}`
      }
      case agendaItem.name: {
        const a = typedAttrs(agendaItem, node)
        const presenters = a.presenters
          .map((p) => [p.name, p.title, p.organisation].filter(Boolean).join(', '))
          .join('; ')
        const attachments = linkedAttachments(a.attachments)
          .map((x) => link(escapeMarkdown(x.label || x.href), x.href))
          .join(', ')
        return `## § ${numbers.get(node) ?? ''} ${escapeMarkdown(titleOf(node))}\n\n${field(L.presenters, presenters)}${attachments ? `**${L.attachments}:** ${attachments}\n\n` : ''}${field(L.raisedBy, a.raisedBy?.name ?? '')}${field(L.addendumFor, a.addendumMeetingDate)}${blocks(bodyOf(node))}`
      }
      case informationItem.name:
        return `### ${escapeMarkdown(titleOf(node) || L.information)}\n\n${field(L.group, typedAttrs(informationItem, node).group)}${blocks(bodyOf(node))}`
      case decision.name: {
        const a = typedAttrs(decision, node)
        const title = titleOf(node)
        return `### ${L.decision}${title ? `: ${escapeMarkdown(title)}` : ''}\n\n${field('Typ', DECISION_KIND_LABELS[a.kind])}${field(L.date, a.date)}${blocks(bodyOf(node))}`
      }
      case attendanceList.name:
        return `## ${typedAttrs(attendanceList, node).kind === 'members' ? L.membersPresent : L.othersPresent}\n\n${blocks(node.content)}\n`
      case attendee.name: {
        const a = typedAttrs(attendee, node)
        const notes = [a.role, a.standIn ? L.standIn : '', a.remote ? L.remote : ''].filter(Boolean).join(', ')
        return `- ${escapeMarkdown([a.name, a.organisation].filter(Boolean).join(', '))}${notes ? ` (${escapeMarkdown(notes)})` : ''}\n`
      }
      case groupPlan.name: {
        const a = typedAttrs(groupPlan, node)
        return `## ${escapeMarkdown(titleOf(node))}\n\n${field(L.group, a.group)}${field(L.period, range(a.periodFrom, a.periodTo))}${blocks(bodyOf(node))}`
      }
      case planSection.name:
        return `### ${SECTION_LABELS[typedAttrs(planSection, node).kind]}\n\n${blocks(node.content)}`
      case improvementArea.name: {
        const a = typedAttrs(improvementArea, node)
        return `### Förbättringsområde: ${escapeMarkdown(titleOf(node))}\n\n${field(L.timeFrame, range(a.timeFrom, a.timeTo))}${field(L.milestones, a.milestones.map((m) => `${m.label} ${m.date}`).join(', '))}${blocks(bodyOf(node))}`
      }
      case activity.name: {
        const a = typedAttrs(activity, node)
        const facts = [
          `${L.responsible}: ${a.responsible || '–'}`,
          range(a.timeFrom, a.timeTo),
          STATUS_LABELS[a.status],
        ]
        return `- ${escapeMarkdown(plainText(node.content))} (${escapeMarkdown(facts.filter(Boolean).join('; '))})\n`
      }
      case 'ongoingWork':
        return `### ${L.ongoingWork}\n\n${blocks(node.content)}`
      case ongoingWorkArea.name:
        return `**${escapeMarkdown(typedAttrs(ongoingWorkArea, node).area)}**\n\n${blocks(node.content)}\n`
      case 'responsibilityMatrix':
        return `${blocks(node.content)}`
      case responsibilityRow.name:
        return `**${escapeMarkdown(typedAttrs(responsibilityRow, node).party)}**\n\n${blocks(node.content)}`
      case routineStep.name: {
        const a = typedAttrs(routineStep, node)
        step += 1
        return `### ${L.step} ${step}\n\n${field(L.who, a.who)}${field(L.when, a.when)}${blocks(node.content)}`
      }
      case documentFacts.name: {
        const a = typedAttrs(documentFacts, node)
        return `## ${L.documentFacts}\n\n${field(L.owner, a.owner)}${field(L.approvedBy, a.approvedBy)}${field(L.approvedAt, a.approvedAt)}${field(L.validFrom, a.validFrom)}${field(L.validUntil, a.validUntil)}${field(L.nextReview, a.nextReview)}${field(L.revision, a.revision)}`
      }
      default:
        return blocks(node.content, indent)
    }
  }
  return (
    blocks(body.content)
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  )
}
