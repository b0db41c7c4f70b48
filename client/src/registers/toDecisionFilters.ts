import { DECISION_KINDS } from '@samskriv/shared'
import type { DecisionFilters } from '../api/RegistersApi'
import type { DecisionFilterValues } from './DecisionFilterForm'

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The register's filters from the address's values; values that could not be meant are dropped. */
export function toDecisionFilters(values: DecisionFilterValues): DecisionFilters {
  const kind = DECISION_KINDS.find((k) => k === values.kind)
  return {
    ...(values.body !== undefined ? { body: values.body } : {}),
    ...(values.from !== undefined && DAY.test(values.from) ? { from: values.from } : {}),
    ...(values.to !== undefined && DAY.test(values.to) ? { to: values.to } : {}),
    ...(values.group !== undefined ? { group: values.group } : {}),
    ...(kind !== undefined ? { kind } : {}),
    ...(values.person !== undefined ? { person: values.person } : {}),
    ...(values.q !== undefined ? { q: values.q } : {}),
  }
}
