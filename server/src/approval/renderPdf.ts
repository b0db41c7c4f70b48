import path from 'node:path'
import { createRequire } from 'node:module'
import {
  activity,
  agendaItem,
  agendaNumbers,
  attendanceList,
  attendee,
  bodyOf,
  decision,
  DECISION_KIND_LABELS,
  documentFacts,
  EXPORT_LABELS as L,
  groupPlan,
  improvementArea,
  informationItem,
  linkedAttachments,
  meetingHeader,
  ongoingWorkArea,
  planSection,
  plainText,
  responsibilityRow,
  routineStep,
  SECTION_LABELS,
  STATUS_LABELS,
  titleOf,
  typedAttrs,
  type JSONContent,
} from '@samskriv/shared'
import pdfmake, { type Content } from 'pdfmake'

const require = createRequire(import.meta.url)
const fontDir = path.dirname(require.resolve('pdfmake/fonts/Roboto.js'))
pdfmake.addFonts(require('pdfmake/fonts/Roboto.js') as Record<string, Record<string, string>>)
// Fonts only; an approved version never makes the server read other files or fetch URLs.
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir))
pdfmake.setUrlAccessPolicy(() => false)

function inline(nodes: JSONContent[] = []): Content[] {
  return nodes.map((node) => {
    if (node.type === 'hardBreak') return '\n'
    const run: Record<string, unknown> = { text: node.text ?? '' }
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') run.bold = true
      else if (mark.type === 'italic') run.italics = true
      else if (mark.type === 'strike') run.decoration = 'lineThrough'
      else if (mark.type === 'link' && /^(https?:|mailto:|tel:)/i.test(String(mark.attrs?.href ?? ''))) {
        run.link = String(mark.attrs?.href)
        run.color = '#1d4f8c'
        run.decoration = 'underline'
      }
    }
    return run
  })
}

const field = (label: string, value: string): Content[] =>
  value ? [{ text: [{ text: `${label}: `, bold: true }, value], margin: [0, 0, 0, 2] }] : []
const range = (from: string, to: string) => [from, to].filter(Boolean).join(' – ')

/** The body as pdfmake content, block by block. */
function body(doc: JSONContent): Content[] {
  const numbers = agendaNumbers(doc)
  let step = 0
  const blocks = (list: JSONContent[] = []): Content[] => list.flatMap(render)
  const render = (node: JSONContent): Content[] => {
    if (node.type !== routineStep.name) step = 0
    switch (node.type) {
      case 'paragraph':
        return [{ text: inline(node.content), margin: [0, 0, 0, 6] }]
      case 'heading':
        return [{ text: inline(node.content), style: `h${Math.min(3, Number(node.attrs?.level ?? 2))}` }]
      case 'bulletList':
        return [{ ul: (node.content ?? []).map((item) => blocks(item.content)), margin: [0, 0, 0, 6] }]
      case 'orderedList':
        return [{ ol: (node.content ?? []).map((item) => blocks(item.content)), margin: [0, 0, 0, 6] }]
      case 'table':
        return [
          {
            table: { body: (node.content ?? []).map((row) => (row.content ?? []).map((cell) => blocks(cell.content))) },
            margin: [0, 0, 0, 8],
          },
        ]
      case meetingHeader.name: {
        const a = typedAttrs(meetingHeader, node)
        return [
          ...field(L.body, a.decidingBody),
          ...field(L.date, a.date),
          ...field(L.place, a.place),
          ...field(L.time, a.time),
          ...field(L.chair, a.chair),
          ...field(L.adjusters, a.adjusters.join(', ')),
          { text: '', margin: [0, 0, 0, 8] },
        ]
      }
      case agendaItem.name: {
        const a = typedAttrs(agendaItem, node)
        return [
          { text: `§ ${numbers.get(node) ?? ''} ${titleOf(node)}`, style: 'h2' },
          ...field(
            L.presenters,
            a.presenters.map((p) => [p.name, p.title, p.organisation].filter(Boolean).join(', ')).join('; '),
          ),
          ...field(
            L.attachments,
            linkedAttachments(a.attachments)
              .map((x) => (x.label ? `${x.label} (${x.href})` : x.href))
              .join(', '),
          ),
          ...field(L.raisedBy, a.raisedBy?.name ?? ''),
          ...field(L.addendumFor, a.addendumMeetingDate),
          ...blocks(bodyOf(node)),
        ]
      }
      case informationItem.name:
        return [
          { text: titleOf(node) || L.information, style: 'h3' },
          ...field(L.group, typedAttrs(informationItem, node).group),
          ...blocks(bodyOf(node)),
        ]
      case decision.name: {
        const a = typedAttrs(decision, node)
        const title = titleOf(node)
        return [
          { text: `${L.decision}${title ? `: ${title}` : ''}`, style: 'h3' },
          ...field('Typ', DECISION_KIND_LABELS[a.kind]),
          ...field(L.date, a.date),
          ...blocks(bodyOf(node)),
        ]
      }
      case attendanceList.name:
        return [
          {
            text: typedAttrs(attendanceList, node).kind === 'members' ? L.membersPresent : L.othersPresent,
            style: 'h2',
          },
          { ul: blocks(node.content), margin: [0, 0, 0, 8] },
        ]
      case attendee.name: {
        const a = typedAttrs(attendee, node)
        const notes = [a.role, a.standIn ? L.standIn : '', a.remote ? L.remote : ''].filter(Boolean).join(', ')
        return [`${[a.name, a.organisation].filter(Boolean).join(', ')}${notes ? ` (${notes})` : ''}`]
      }
      case groupPlan.name: {
        const a = typedAttrs(groupPlan, node)
        return [
          { text: titleOf(node), style: 'h2' },
          ...field(L.group, a.group),
          ...field(L.period, range(a.periodFrom, a.periodTo)),
          ...blocks(bodyOf(node)),
        ]
      }
      case planSection.name:
        return [{ text: SECTION_LABELS[typedAttrs(planSection, node).kind], style: 'h3' }, ...blocks(node.content)]
      case improvementArea.name: {
        const a = typedAttrs(improvementArea, node)
        return [
          { text: `Förbättringsområde: ${titleOf(node)}`, style: 'h3' },
          ...field(L.timeFrame, range(a.timeFrom, a.timeTo)),
          ...field(L.milestones, a.milestones.map((m) => `${m.label} ${m.date}`).join(', ')),
          ...blocks(bodyOf(node)),
        ]
      }
      case activity.name: {
        const a = typedAttrs(activity, node)
        return [
          {
            stack: [
              ...blocks(node.content),
              ...field(L.responsible, a.responsible),
              ...field(L.timeFrame, range(a.timeFrom, a.timeTo)),
              ...field(L.status, STATUS_LABELS[a.status]),
            ],
            margin: [10, 0, 0, 8],
          },
        ]
      }
      case 'ongoingWork':
        return [{ text: L.ongoingWork, style: 'h3' }, ...blocks(node.content)]
      case ongoingWorkArea.name:
        return [
          { text: typedAttrs(ongoingWorkArea, node).area, bold: true, margin: [0, 4, 0, 2] },
          ...blocks(node.content),
        ]
      case 'responsibilityMatrix':
        return [
          {
            table: {
              widths: ['30%', '70%'],
              body: [
                [
                  { text: L.party, bold: true },
                  { text: L.responsibilities, bold: true },
                ],
                ...(node.content ?? []).map((row) => [typedAttrs(responsibilityRow, row).party, blocks(row.content)]),
              ],
            },
            margin: [0, 0, 0, 8],
          },
        ]
      case routineStep.name: {
        const a = typedAttrs(routineStep, node)
        step += 1
        return [
          { text: `${L.step} ${step}`, style: 'h3' },
          ...field(L.who, a.who),
          ...field(L.when, a.when),
          ...blocks(node.content),
        ]
      }
      case documentFacts.name: {
        const a = typedAttrs(documentFacts, node)
        return [
          { text: L.documentFacts, style: 'h2' },
          ...field(L.owner, a.owner),
          ...field(L.approvedBy, a.approvedBy),
          ...field(L.approvedAt, a.approvedAt),
          ...field(L.validFrom, a.validFrom),
          ...field(L.validUntil, a.validUntil),
          ...field(L.nextReview, a.nextReview),
          ...field(L.revision, a.revision),
        ]
      }
      default:
        return node.content ? blocks(node.content) : plainText([node]) ? [plainText([node])] : []
    }
  }
  return blocks(doc.content)
}

/** What the footer of every page says about the approved version. */
export interface VersionStamp {
  readonly title: string
  readonly number: number
  readonly approval: string
  readonly hash: string
}

/** A print-ready A4 PDF of an approved version, with version, approval and hash on every page. */
export function renderPdf(content: JSONContent, stamp: VersionStamp): Promise<Buffer> {
  return pdfmake
    .createPdf({
      info: { title: stamp.title, subject: `Godkänd version ${stamp.number}`, keywords: `SHA-256 ${stamp.hash}` },
      language: 'sv-SE',
      pageSize: 'A4',
      pageMargins: [56, 56, 56, 80],
      defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
      styles: {
        title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
        subtitle: { fontSize: 10, color: '#444444', margin: [0, 0, 0, 14] },
        h1: { fontSize: 16, bold: true, margin: [0, 10, 0, 6] },
        h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
        h3: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 3] },
      },
      content: [
        { text: stamp.title, style: 'title' },
        { text: `Godkänd version ${stamp.number} · ${stamp.approval}`, style: 'subtitle' },
        ...body(content),
      ],
      footer: (page, pages) => ({
        margin: [56, 16, 56, 0],
        fontSize: 7.5,
        color: '#333333',
        stack: [
          `${stamp.title} · Godkänd version ${stamp.number} · ${stamp.approval}`,
          { columns: [`SHA-256: ${stamp.hash}`, { text: `Sida ${page} av ${pages}`, alignment: 'right', width: 60 }] },
        ],
      }),
    })
    .getBuffer()
}
