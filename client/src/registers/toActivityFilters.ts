import { ACTIVITY_STATUSES } from '@samskriv/shared'
import type { ActivityFilters } from '../api/RegistersApi'
import type { ActivityFilterValues } from './ActivityFilterForm'

/** The overview's filters from the address's values; values that could not be meant are dropped. */
export function toActivityFilters(values: ActivityFilterValues): ActivityFilters {
  const status = ACTIVITY_STATUSES.find((s) => s === values.status)
  return {
    ...(values.group !== undefined ? { group: values.group } : {}),
    ...(values.period !== undefined && /^\d{4}$/.test(values.period) ? { period: values.period } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(values.responsible !== undefined ? { responsible: values.responsible } : {}),
    ...(values.q !== undefined ? { q: values.q } : {}),
  }
}
