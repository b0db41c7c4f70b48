import type { FastifyInstance } from 'fastify'
import { TODO_ROUTES } from '@samskriv/shared'
import type { Policy } from '../policy/Policy.js'
import type { TodoService } from '../todos/TodoService.js'
import { requireSignedIn, requireUser } from './requestUser.js'
import { serveRoute } from './serveRoute.js'

/** The signed-in person's to-dos, marking a mention seen, and whom a comment may mention. */
export function todoRoutes(
  app: FastifyInstance,
  deps: { todos: TodoService; policy: Policy; todosChanged: (userId: string) => void },
): void {
  serveRoute(app, TODO_ROUTES.list, async ({ request }) => deps.todos.list(requireSignedIn(request).user))
  serveRoute(app, TODO_ROUTES.mentionDone, async ({ request, params }) => {
    const { user } = requireSignedIn(request)
    if (await deps.todos.mentionDone(user, params.documentId, params.commentId)) deps.todosChanged(user.id)
    return { ok: true as const }
  })
  serveRoute(app, TODO_ROUTES.mentionable, async ({ request, params }) => {
    const user = await requireUser(request, deps.policy)
    const people = await deps.todos.mentionable(user, params.id)
    return { people: people.map((p) => ({ id: p.id, name: p.name, email: p.email })) }
  })
}
