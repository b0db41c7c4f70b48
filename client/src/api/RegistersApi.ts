import {
  activityListResponseSchema,
  decisionListResponseSchema,
  type ActivityListResponse,
  type ActivityQuery,
  type DecisionListResponse,
  type DecisionQuery,
} from '@samskriv/shared'
import { requestJson, type Fetch } from './requestJson'

/** The decision register's filters (every one optional; empty ones are left out). */
export type DecisionFilters = Omit<DecisionQuery, 'limit' | 'offset'>

/** The activity overview's filters. */
export type ActivityFilters = Omit<ActivityQuery, 'limit' | 'offset'>

/** Which part of a list to fetch. */
export interface Paging {
  limit: number
  offset: number
}

/** A query string of the values that are set, in a stable order. */
function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  return params.toString()
}

/** `GET /api/decisions` and `GET /api/activities`, answers validated against the shared schemas. */
export class RegistersApi {
  constructor(
    private readonly baseUrl = '/api',
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
  ) {}

  /** Decisions matching the filters, newest first, with their linked activities. */
  decisions(filters: DecisionFilters, paging: Paging): Promise<DecisionListResponse> {
    const query = queryString({ ...filters, ...paging })
    return requestJson(
      this.fetchImpl,
      `${this.baseUrl}/decisions?${query}`,
      { method: 'GET' },
      decisionListResponseSchema,
    )
  }

  /** Activities matching the filters, by plan period (newest first), document and position. */
  activities(filters: ActivityFilters, paging: Paging): Promise<ActivityListResponse> {
    const query = queryString({ ...filters, ...paging })
    return requestJson(
      this.fetchImpl,
      `${this.baseUrl}/activities?${query}`,
      { method: 'GET' },
      activityListResponseSchema,
    )
  }
}
