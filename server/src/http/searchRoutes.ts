import type { FastifyInstance } from 'fastify'
import { SEARCH_ROUTES } from '@samskriv/shared'
import type { Policy } from '../policy/Policy.js'
import type { DocumentSearch } from '../search/DocumentSearch.js'
import { requireUser } from './requestUser.js'
import { serveRoute } from './serveRoute.js'

/** `GET /api/search/documents?q=`: the documents the person may read whose title or text matches. */
export function searchRoutes(app: FastifyInstance, deps: { search: DocumentSearch; policy: Policy }): void {
  serveRoute(app, SEARCH_ROUTES.documents, async ({ request, query }) => {
    const scope = await deps.policy.readableGroups(await requireUser(request, deps.policy))
    return { hits: await deps.search.search(query.q, scope) }
  })
}
