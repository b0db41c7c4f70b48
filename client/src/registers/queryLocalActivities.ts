import { compareActivities, matchesActivityQuery, type ActivityListResponse } from '@samskriv/shared'
import type { ActivityFilters, Paging } from '../api/RegistersApi'
import type { LocalRegisters } from './readLocalRegisters'

/** The activity overview computed on the device, with the shared filter and order (one page). */
export function queryLocalActivities(
  registers: LocalRegisters,
  filters: ActivityFilters,
  { limit, offset }: Paging,
): ActivityListResponse {
  const matching = registers.activities.filter((a) => matchesActivityQuery(a, filters)).sort(compareActivities)
  return { activities: matching.slice(offset, offset + limit), total: matching.length }
}
