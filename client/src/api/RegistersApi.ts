import {
  REGISTER_ROUTES,
  type ActivityListResponse,
  type ActivityQuery,
  type DecisionListResponse,
  type DecisionQuery,
} from '@samskriv/shared'
import { callRoute } from './callRoute'
import type { Fetch } from './requestJson'

/** The decision register's filters (every one optional; empty ones are left out). */
export type DecisionFilters = Omit<DecisionQuery, 'limit' | 'offset'>

/** The activity overview's filters. */
export type ActivityFilters = Omit<ActivityQuery, 'limit' | 'offset'>

/** Which part of a list to fetch. */
export interface Paging {
  limit: number
  offset: number
}

/** `GET /api/decisions` and `GET /api/activities`, answers validated against the shared schemas. */
export class RegistersApi {
  constructor(private readonly fetchImpl: Fetch = (input, init) => fetch(input, init)) {}

  /** Decisions matching the filters, newest first, with their linked activities. */
  decisions(filters: DecisionFilters, paging: Paging): Promise<DecisionListResponse> {
    return callRoute(this.fetchImpl, REGISTER_ROUTES.decisions, { query: { ...filters, ...paging } })
  }

  /** Activities matching the filters, by plan period (newest first), document and position. */
  activities(filters: ActivityFilters, paging: Paging): Promise<ActivityListResponse> {
    return callRoute(this.fetchImpl, REGISTER_ROUTES.activities, { query: { ...filters, ...paging } })
  }
}
