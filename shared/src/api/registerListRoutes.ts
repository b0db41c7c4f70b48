import {
  activityListResponseSchema,
  activityQuerySchema,
  decisionListResponseSchema,
  decisionQuerySchema,
} from './registersApi.js'
import { defineRoute } from './route.js'

/**
 * The decision register (beslutsregister, each decision with its linked activities) and the
 * activity overview (aktivitetsöversikt): filters and paging as the query, only what one may read.
 */
export const REGISTER_ROUTES = {
  decisions: defineRoute({
    method: 'GET',
    path: '/api/decisions',
    query: decisionQuerySchema,
    response: decisionListResponseSchema,
  }),
  activities: defineRoute({
    method: 'GET',
    path: '/api/activities',
    query: activityQuerySchema,
    response: activityListResponseSchema,
  }),
} as const
