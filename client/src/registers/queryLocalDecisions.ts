import {
  compareActivities,
  compareDecisions,
  matchesDecisionQuery,
  type DecisionListResponse,
  type LinkedActivity,
} from '@samskriv/shared'
import type { DecisionFilters, Paging } from '../api/RegistersApi'
import type { LocalRegisters } from './readLocalRegisters'

/**
 * The decision register computed on the device: the shared filter and order the server's SQL
 * agrees with, one page of it, each decision with the activities that follow it up.
 */
export function queryLocalDecisions(
  registers: LocalRegisters,
  filters: DecisionFilters,
  { limit, offset }: Paging,
): DecisionListResponse {
  const matching = registers.decisions.filter((d) => matchesDecisionQuery(d, filters)).sort(compareDecisions)
  const linked = new Map<string, LinkedActivity[]>()
  for (const activity of [...registers.activities].sort(compareActivities)) {
    if (activity.decisionId === '') continue
    const list = linked.get(activity.decisionId) ?? []
    list.push({
      id: activity.id,
      documentId: activity.documentId,
      documentTitle: activity.documentTitle,
      description: activity.description,
      status: activity.status,
      responsible: activity.responsible,
      timeTo: activity.timeTo,
    })
    linked.set(activity.decisionId, list)
  }
  return {
    decisions: matching
      .slice(offset, offset + limit)
      .map((d) => ({ ...d, activities: d.id === '' ? [] : (linked.get(d.id) ?? []) })),
    total: matching.length,
  }
}
