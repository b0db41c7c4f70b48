import { z } from 'zod'

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/**
 * One HTTP route of the API, described once: the server registers and validates it from this, the
 * client builds its calls and checks the answers with it. `response` is the JSON answer's schema,
 * or `'file'` for a download (a PDF, a spreadsheet) whose body is not JSON.
 */
export interface ApiRoute<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType | 'file' = z.ZodType | 'file',
> {
  readonly method: HttpMethod
  /** Fastify's path syntax: `/api/documents/:id`. */
  readonly path: string
  /** The path parameters (strings in the URL; schemas may coerce). */
  readonly params: P
  /** The query string. */
  readonly query: Q
  /** The JSON body (`NO_BODY` for none). */
  readonly body: B
  readonly response: R
  /** The status of a successful answer (200 unless said). */
  readonly status: number
}

/** No path parameters, no query, no body. */
export const NONE = z.strictObject({})
/** No JSON body (an empty object is taken too). */
export const NO_BODY = z.strictObject({}).optional()

/** Describes a route; everything not given is empty (no params, no query, no body, status 200). */
export function defineRoute<
  R extends z.ZodType | 'file',
  P extends z.ZodType = typeof NONE,
  Q extends z.ZodType = typeof NONE,
  B extends z.ZodType = typeof NO_BODY,
>(route: {
  method: HttpMethod
  path: string
  params?: P
  query?: Q
  body?: B
  response: R
  status?: number
}): ApiRoute<P, Q, B, R> {
  return {
    method: route.method,
    path: route.path,
    params: (route.params ?? NONE) as P,
    query: (route.query ?? NONE) as Q,
    body: (route.body ?? NO_BODY) as B,
    response: route.response,
    status: route.status ?? 200,
  }
}

/** What a route's path parameters are, as the caller gives them. */
export type RouteParams<T extends ApiRoute> = z.input<T['params']>
/** What a route's query is, as the caller gives it. */
export type RouteQuery<T extends ApiRoute> = z.input<T['query']>
/** What a route's body is, as the caller gives it. */
export type RouteBody<T extends ApiRoute> = z.input<T['body']>
/** What a route answers, as the server produces it (before defaults). */
export type RouteAnswer<T extends ApiRoute> = T['response'] extends z.ZodType ? z.input<T['response']> : never
/** What a route answers, as the client reads it (defaults filled in). */
export type RouteResult<T extends ApiRoute> = T['response'] extends z.ZodType ? z.output<T['response']> : never

/**
 * The URL of a route with its parameters filled in (each encoded) and its query appended: values
 * that are undefined or '' are left out, the rest in the order given.
 */
export function routeUrl<T extends ApiRoute>(
  route: T,
  params: Record<string, string | number>,
  query: Record<string, string | number | boolean | null | undefined> = {},
): string {
  const path = route.path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`${route.path} needs the parameter ${name}`)
    return encodeURIComponent(String(value))
  })
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    search.set(key, String(value))
  }
  const text = search.toString()
  return text === '' ? path : `${path}?${text}`
}
