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
import { bodyOf, titleOf, typedAttrs } from '../registers/typedAttrs.js'
import { DECISION_KIND_LABELS, EXPORT_LABELS as L, SECTION_LABELS, STATUS_LABELS } from './blockLabels.js'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** Escapes text for HTML. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

const SAFE_HREF = /^(https?:|mailto:|tel:)/i

function marks(node: JSONContent): string {
  let html = escapeHtml(node.text ?? '')
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') html = `<strong>${html}</strong>`
    else if (mark.type === 'italic') html = `<em>${html}</em>`
    else if (mark.type === 'strike') html = `<s>${html}</s>`
    else if (mark.type === 'underline') html = `<u>${html}</u>`
    else if (mark.type === 'code') html = `<code>${html}</code>`
    else if (mark.type === 'link') {
      const href = String(mark.attrs?.href ?? '')
      if (SAFE_HREF.test(href)) html = `<a href="${escapeHtml(href)}">${html}</a>`
    }
  }
  return html
}

const field = (label: string, value: string) =>
  value ? `<p class="field"><span class="label">${label}:</span> ${escapeHtml(value)}</p>` : ''
const range = (from: string, to: string) => [from, to].filter(Boolean).join(' – ')

/**
 * Renders a document body as HTML: the rendered snapshot stored with an approved version and the
 * HTML export. Deterministic, escapes all text, and keeps only http(s), mailto and tel links.
 */
export function renderHtml(body: JSONContent): string {
  const numbers = agendaNumbers(body)
  let step = 0
  const children = (node: JSONContent, list: JSONContent[] = node.content ?? []) => list.map(render).join('')
  const render = (node: JSONContent): string => {
    if (node.type !== routineStep.name) step = 0
    switch (node.type) {
      case 'text':
        return marks(node)
      case 'paragraph':
        return `<p>${children(node)}</p>`
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 2)))
        return `<h${level}>${children(node)}</h${level}>`
      }
      case 'bulletList':
        return `<ul>${children(node)}</ul>`
      case 'orderedList':
        return `<ol>${children(node)}</ol>`
      case 'listItem':
        return `<li>${children(node)}</li>`
      case 'blockquote':
        return `<blockquote>${children(node)}</blockquote>`
      case 'codeBlock':
        return `<pre><code>${children(node)}</code></pre>`
      case 'hardBreak':
        return '<br>'
      case 'horizontalRule':
        return '<hr>'
      case 'table':
        return `<table>${children(node)}</table>`
      case 'tableRow':
        return `<tr>${children(node)}</tr>`
      case 'tableHeader':
        return `<th>${children(node)}</th>`
      case 'tableCell':
        return `<td>${children(node)}</td>`
      case 'blockTitle':
        return escapeHtml(titleOf({ content: [node] }))
      case meetingHeader.name: {
        const a = typedAttrs(meetingHeader, node)
        return `<section class="meeting-header">${field(L.body, a.decidingBody)}${field(L.date, a.date)}${field(L.place, a.place)}${field(L.time, a.time)}${field(L.chair, a.chair)}${field(L.adjusters, a.adjusters.join(', '))}</section>`
      }
      case agendaItem.name: {
        const a = typedAttrs(agendaItem, node)
        const presenters = a.presenters
          .map((p) => [p.name, p.title, p.organisation].filter(Boolean).join(', '))
          .join('; ')
        const attachments = linkedAttachments(a.attachments)
          .map((x) => `<a href="${escapeHtml(x.href)}">${escapeHtml(x.label || x.href)}</a>`)
          .join(', ')
        return `<section class="agenda-item"><h2>§ ${numbers.get(node) ?? ''} ${escapeHtml(titleOf(node))}</h2>${field(L.presenters, presenters)}${attachments ? `<p class="field"><span class="label">${L.attachments}:</span> ${attachments}</p>` : ''}${field(L.raisedBy, a.raisedBy ? [a.raisedBy.name, a.raisedBy.organisation].filter(Boolean).join(', ') : '')}${field(L.addendumFor, a.addendumMeetingDate)}${children(node, bodyOf(node))}</section>`
      }
      case informationItem.name:
        return `<section class="information"><h3>${escapeHtml(titleOf(node) || L.information)}</h3>${field(L.group, typedAttrs(informationItem, node).group)}${children(node, bodyOf(node))}</section>`
      case decision.name: {
        const a = typedAttrs(decision, node)
        const title = titleOf(node)
        return `<section class="decision"><h3>${L.decision}${title ? `: ${escapeHtml(title)}` : ''}</h3>${field(L.date, a.date)}${field(L.group, a.group)}<p class="field"><span class="label">Typ:</span> ${DECISION_KIND_LABELS[a.kind]}</p>${children(node, bodyOf(node))}</section>`
      }
      case attendanceList.name: {
        const heading = typedAttrs(attendanceList, node).kind === 'members' ? L.membersPresent : L.othersPresent
        return `<section class="attendance"><h2>${heading}</h2><ul>${children(node)}</ul></section>`
      }
      case attendee.name: {
        const a = typedAttrs(attendee, node)
        const notes = [a.role, a.standIn ? L.standIn : '', a.remote ? L.remote : ''].filter(Boolean).join(', ')
        return `<li>${escapeHtml([a.name, a.organisation].filter(Boolean).join(', '))}${notes ? ` (${escapeHtml(notes)})` : ''}</li>`
      }
      case groupPlan.name: {
        const a = typedAttrs(groupPlan, node)
        return `<section class="group-plan"><h2>${escapeHtml(titleOf(node))}</h2>${field(L.group, a.group)}${field(L.period, range(a.periodFrom, a.periodTo))}${children(node, bodyOf(node))}</section>`
      }
      case planSection.name:
        return `<section class="plan-section"><h3>${SECTION_LABELS[typedAttrs(planSection, node).kind]}</h3>${children(node)}</section>`
      case improvementArea.name: {
        const a = typedAttrs(improvementArea, node)
        const milestones = a.milestones.map((m) => `${m.label} ${m.date}`).join(', ')
        return `<section class="improvement-area"><h3>Förbättringsområde: ${escapeHtml(titleOf(node))}</h3>${field(L.timeFrame, range(a.timeFrom, a.timeTo))}${field(L.milestones, milestones)}${children(node, bodyOf(node))}</section>`
      }
      case activity.name: {
        const a = typedAttrs(activity, node)
        return `<section class="activity">${children(node)}${field(L.responsible, a.responsible)}${field(L.timeFrame, range(a.timeFrom, a.timeTo))}${field(L.status, STATUS_LABELS[a.status])}</section>`
      }
      case 'ongoingWork':
        return `<section class="ongoing-work"><h3>${L.ongoingWork}</h3><table><tr><th>${L.area}</th><th>${L.activities}</th></tr>${children(node)}</table></section>`
      case ongoingWorkArea.name:
        return `<tr><td>${escapeHtml(typedAttrs(ongoingWorkArea, node).area)}</td><td>${children(node)}</td></tr>`
      case 'responsibilityMatrix':
        return `<table class="responsibilities"><tr><th>${L.party}</th><th>${L.responsibilities}</th></tr>${children(node)}</table>`
      case responsibilityRow.name:
        return `<tr><td>${escapeHtml(typedAttrs(responsibilityRow, node).party)}</td><td>${children(node)}</td></tr>`
      case routineStep.name: {
        const a = typedAttrs(routineStep, node)
        step += 1
        return `<section class="routine-step"><h3>${L.step} ${step}</h3>${field(L.who, a.who)}${field(L.when, a.when)}${children(node)}</section>`
      }
      case documentFacts.name: {
        const a = typedAttrs(documentFacts, node)
        return `<section class="document-facts"><h2>${L.documentFacts}</h2>${field(L.owner, a.owner)}${field(L.approvedBy, a.approvedBy)}${field(L.approvedAt, a.approvedAt)}${field(L.validFrom, a.validFrom)}${field(L.validUntil, a.validUntil)}${field(L.nextReview, a.nextReview)}${field(L.revision, a.revision)}</section>`
      }
      default:
        return children(node)
    }
  }
  return (body.content ?? []).map(render).join('\n')
}
