import type { FastifyInstance } from 'fastify'
import { HISTORY_ROUTES } from '@samskriv/shared'
import type { HistoryService } from '../history/HistoryService.js'
import type { Policy } from '../policy/Policy.js'
import { requireUser } from './requestUser.js'
import { serveRoute } from './serveRoute.js'

/** A draft's history: its snapshots, and one snapshot's content. */
export function historyRoutes(app: FastifyInstance, deps: { history: HistoryService; policy: Policy }): void {
  const { history, policy } = deps

  serveRoute(app, HISTORY_ROUTES.list, async ({ params, request }) => {
    const user = await requireUser(request, policy)
    return { snapshots: await history.list(user, params.id) }
  })

  serveRoute(app, HISTORY_ROUTES.get, async ({ params, request }) => {
    const user = await requireUser(request, policy)
    return { snapshot: await history.get(user, params.id, params.snapshotId) }
  })
}
