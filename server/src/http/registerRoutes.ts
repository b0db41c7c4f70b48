import type { FastifyInstance } from 'fastify'
import {
  activityQuerySchema,
  decisionQuerySchema,
  linkedActivities,
  type ActivityListResponse,
  type DecisionListResponse,
} from '@samskriv/shared'
import type { RegisterStore } from '../storage/Storage.js'
import type { Policy } from '../policy/Policy.js'
import { parseInput } from './parseInput.js'
import { requireUser } from './requestUser.js'

/**
 * `GET /api/decisions` (beslutsregister, with each decision's linked activities) and
 * `GET /api/activities` (aktivitetsöversikt); filters and paging as query parameters.
 */
export function registerRoutes(app: FastifyInstance, registers: RegisterStore, policy: Policy): void {
  app.get('/api/decisions', async (request): Promise<DecisionListResponse> => {
    const scope = await policy.readableGroups(await requireUser(request, policy))
    const query = parseInput(decisionQuerySchema, request.query, 'query')
    const page = await registers.queryDecisions(query, scope)
    const linked = await registers.activitiesForDecisions(
      page.entries.map((d) => d.id),
      scope,
    )
    const byDecision = linkedActivities(linked)
    return {
      decisions: page.entries.map((d) => ({ ...d, activities: d.id === '' ? [] : (byDecision.get(d.id) ?? []) })),
      total: page.total,
    }
  })

  app.get('/api/activities', async (request): Promise<ActivityListResponse> => {
    const scope = await policy.readableGroups(await requireUser(request, policy))
    const query = parseInput(activityQuerySchema, request.query, 'query')
    const page = await registers.queryActivities(query, scope)
    return { activities: page.entries, total: page.total }
  })
}
