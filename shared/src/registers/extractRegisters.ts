import type { JSONContent } from '@tiptap/core'
import type { DocumentId } from '../documentId.js'
import type { DocumentMeta } from '../documentLayout.js'
import {
  activity,
  agendaItem,
  decision,
  groupPlan,
  improvementArea,
  meetingHeader,
  ongoingWorkArea,
} from '../blocks/index.js'
import type { ActivityEntry, DecisionEntry } from '../api/registersApi.js'
import { agendaNumbers } from './agendaNumbers.js'
import { isPlaceholderActivity, isPlaceholderDecision } from './placeholderBlocks.js'
import { plainText } from './plainText.js'
import { bodyOf, titleOf, typedAttrs } from './typedAttrs.js'

/** Where a block sits: the typed blocks around it. */
interface Context {
  agenda?: { id: string; number: number | null; title: string }
  plan?: { id: string; title: string; group: string; periodFrom: string; periodTo: string }
  area?: { kind: 'improvementArea' | 'ongoingWork'; title: string }
}

/** Every decision and activity of a document, read from its body JSON and metadata. */
export interface DocumentRegisters {
  readonly decisions: DecisionEntry[]
  readonly activities: ActivityEntry[]
}

/**
 * Reads the decisions and activities of one document (not the empty ones a template or an insert
 * leaves until someone writes in them): the same code builds the server's registers
 * and, offline, the client's, so both list exactly the same.
 */
export function extractRegisters(documentId: DocumentId, meta: DocumentMeta, body: JSONContent): DocumentRegisters {
  const top = body.content ?? []
  const headerNode = top.find((n) => n.type === meetingHeader.name)
  const header = headerNode ? typedAttrs(meetingHeader, headerNode) : null
  const numbers = agendaNumbers(body)
  const decisions: DecisionEntry[] = []
  const activities: ActivityEntry[] = []

  const visit = (node: JSONContent, context: Context): void => {
    let inner = context
    if (node.type === agendaItem.name) {
      const attrs = typedAttrs(agendaItem, node)
      inner = { ...context, agenda: { id: attrs.id, number: numbers.get(node) ?? null, title: titleOf(node) } }
    } else if (node.type === groupPlan.name) {
      const attrs = typedAttrs(groupPlan, node)
      inner = {
        ...context,
        plan: {
          id: attrs.id,
          title: titleOf(node),
          group: attrs.group,
          periodFrom: attrs.periodFrom,
          periodTo: attrs.periodTo,
        },
      }
    } else if (node.type === improvementArea.name) {
      inner = { ...context, area: { kind: 'improvementArea', title: titleOf(node) } }
    } else if (node.type === ongoingWorkArea.name) {
      inner = { ...context, area: { kind: 'ongoingWork', title: typedAttrs(ongoingWorkArea, node).area } }
    } else if (node.type === decision.name) {
      const attrs = typedAttrs(decision, node)
      if (isPlaceholderDecision(node)) return
      const change = attrs.memberChange
      const persons = [...attrs.persons, ...(change ? [change.incoming.name, change.outgoing.name] : [])].filter(
        Boolean,
      )
      decisions.push({
        id: attrs.id,
        documentId,
        documentTitle: meta.title,
        documentType: meta.type,
        agendaItemId: context.agenda?.id ?? '',
        agendaItemNumber: context.agenda?.number ?? null,
        agendaItemTitle: context.agenda?.title ?? '',
        title: titleOf(node) || context.agenda?.title || '',
        text: plainText(bodyOf(node)),
        kind: attrs.kind,
        decidingBody: attrs.decidingBody || header?.decidingBody || '',
        date: attrs.date || header?.date || '',
        group: attrs.group,
        persons,
        approvedDocument: attrs.approvedDocument,
        memberChange: attrs.memberChange,
        betweenMeetings: attrs.betweenMeetings,
        position: decisions.length,
      })
      return
    } else if (node.type === activity.name) {
      const attrs = typedAttrs(activity, node)
      if (isPlaceholderActivity(node)) return
      activities.push({
        id: attrs.id,
        documentId,
        documentTitle: meta.title,
        planId: context.plan?.id ?? '',
        planTitle: context.plan?.title ?? '',
        group: context.plan?.group ?? '',
        periodFrom: context.plan?.periodFrom ?? '',
        periodTo: context.plan?.periodTo ?? '',
        areaKind: context.area?.kind ?? 'none',
        areaTitle: context.area?.title ?? '',
        description: plainText(node.content),
        status: attrs.status,
        responsible: attrs.responsible,
        timeFrom: attrs.timeFrom,
        timeTo: attrs.timeTo,
        perspectives: attrs.perspectives,
        partnerGroups: attrs.partnerGroups,
        followUp: attrs.followUp,
        decisionId: attrs.decisionId,
        position: activities.length,
      })
      return
    }
    for (const child of node.content ?? []) visit(child, inner)
  }
  for (const node of top) visit(node, {})
  return { decisions, activities }
}
