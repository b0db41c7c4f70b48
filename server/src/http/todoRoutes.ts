import type { FastifyInstance } from 'fastify'
import { TODO_ROUTES } from '@samskriv/shared'
import type { Policy } from '../policy/Policy.js'
import type { TodoService } from '../todos/TodoService.js'
import { requireSignedIn } from './requestUser.js'
import { serveRoute } from './serveRoute.js'

/** `GET /api/todos`: what waits for the signed-in person. */
export function todoRoutes(app: FastifyInstance, deps: { todos: TodoService; policy: Policy }): void {
  serveRoute(app, TODO_ROUTES.list, async ({ request }) => deps.todos.list(requireSignedIn(request).user))
}
