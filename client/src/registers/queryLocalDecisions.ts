import {
  compareActivities,
  compareDecisions,
  linkedActivities,
  matchesDecisionQuery,
  type DecisionListResponse,
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
  const linked = linkedActivities([...registers.activities].sort(compareActivities))
  return {
    decisions: matching
      .slice(offset, offset + limit)
      .map((d) => ({ ...d, activities: d.id === '' ? [] : (linked.get(d.id) ?? []) })),
    total: matching.length,
  }
}
