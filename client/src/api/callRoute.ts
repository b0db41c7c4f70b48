import {
  routeUrl,
  type ApiRoute,
  type RouteBody,
  type RouteParams,
  type RouteQuery,
  type RouteResult,
} from '@samskriv/shared'
import { requestJson, type Fetch } from './requestJson'

/** What a call of a route takes: its path parameters, query and body, each as its schema says. */
export type RouteCall<T extends ApiRoute> = (RouteParams<T> extends Record<string, never>
  ? { params?: RouteParams<T> }
  : { params: RouteParams<T> }) & { query?: RouteQuery<T> } & (undefined extends RouteBody<T>
    ? { body?: RouteBody<T> }
    : { body: RouteBody<T> })

/** The URL of a route's call (also what a download link points at). */
export function callUrl<T extends ApiRoute>(route: T, call: { params?: unknown; query?: unknown }): string {
  return routeUrl(
    route,
    (call.params ?? {}) as Record<string, string | number>,
    (call.query ?? {}) as Record<string, string | number | boolean | undefined>,
  )
}

/**
 * Calls a route described in `shared/` and answers what it answered, checked against the route's
 * schema: one request, rejected with an `ApiRequestError` that says whether to retry.
 */
export function callRoute<T extends ApiRoute>(fetchImpl: Fetch, route: T, call: RouteCall<T>): Promise<RouteResult<T>> {
  if (route.response === 'file') throw new Error(`${route.path} answers a file: link to callUrl() instead`)
  return requestJson(fetchImpl, callUrl(route, call), callInit(route, call), route.response) as Promise<RouteResult<T>>
}

/**
 * The request of a route's call: its method, and its body as JSON, or as the bytes themselves
 * (`application/octet-stream`) where the route takes bytes. A GET is never answered from a cache.
 */
export function callInit(route: ApiRoute, call: { body?: unknown }): RequestInit {
  const { body } = call
  if (body === undefined) return { method: route.method, ...(route.method === 'GET' ? { cache: 'no-store' } : {}) }
  if (body instanceof Uint8Array) {
    return {
      method: route.method,
      headers: { 'content-type': 'application/octet-stream' },
      body: body as Uint8Array<ArrayBuffer>,
    }
  }
  return { method: route.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}
