import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify'
import type { ApiRoute, RouteAnswer } from '@samskriv/shared'
import type { z } from 'zod'
import { parseInput } from './parseInput.js'

/** What a route's handler is given: its validated params, query and body, and the request itself. */
export interface RouteInput<T extends ApiRoute> {
  readonly params: z.output<T['params']>
  readonly query: z.output<T['query']>
  readonly body: z.output<T['body']>
  readonly request: FastifyRequest
  readonly reply: FastifyReply
}

/** What a handler answers: the route's JSON answer, or (for a file route) the reply it sent. */
export type RouteHandlerResult<T extends ApiRoute> = T['response'] extends 'file' ? FastifyReply : RouteAnswer<T>

/** What a route may need beyond its declaration: a larger body, or the rate limit's settings. */
export interface ServeOptions {
  readonly bodyLimit?: number
  /** The route's config, e.g. `{ rateLimit: … }` for `@fastify/rate-limit`. */
  readonly config?: RouteShorthandOptions['config']
}

/**
 * Registers a route described in `shared/` (`defineRoute`): its method and path, its params, query
 * and body validated by the shared schemas (400 with every problem otherwise), and the answer sent
 * with the route's status. The handler authenticates, authorises and runs one command; it may set
 * cookies or another status on `reply`, or send a file through it (a `'file'` route).
 */
export function serveRoute<T extends ApiRoute>(
  app: FastifyInstance,
  route: T,
  handler: (input: RouteInput<T>) => Promise<RouteHandlerResult<T>>,
  options: ServeOptions = {},
): void {
  app.route({
    method: route.method,
    url: route.path,
    ...(options.bodyLimit !== undefined ? { bodyLimit: options.bodyLimit } : {}),
    ...(options.config !== undefined ? { config: options.config } : {}),
    handler: async (request, reply) => {
      const input: RouteInput<T> = {
        params: parseInput(route.params, request.params, 'path') as z.output<T['params']>,
        query: parseInput(route.query, request.query, 'query') as z.output<T['query']>,
        body: parseInput(route.body, request.body ?? undefined, 'body') as z.output<T['body']>,
        request,
        reply,
      }
      // The route's status unless the handler says otherwise (e.g. 200 for a repeated creation).
      void reply.code(route.status)
      return handler(input)
    },
  })
}
