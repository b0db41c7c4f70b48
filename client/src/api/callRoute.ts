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
export type RouteCall<T extends ApiRoute> = (keyof RouteParams<T> extends never
  ? { params?: undefined }
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
  const body = (call as { body?: unknown }).body
  const init: RequestInit =
    body === undefined
      ? { method: route.method, ...(route.method === 'GET' ? { cache: 'no-store' as const } : {}) }
      : { method: route.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
  return requestJson(fetchImpl, callUrl(route, call), init, route.response) as Promise<RouteResult<T>>
}
