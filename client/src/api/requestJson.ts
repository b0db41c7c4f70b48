import { apiErrorSchema } from '@samskriv/shared'
import { ApiRequestError, RETRYABLE_CLIENT_STATUSES, type ApiFailureKind } from './ApiRequestError'

/** The fetch function the API clients use (the browser's, or a test's). */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>

/** What is used of a zod schema (kept structural so the client needs no zod import). */
export interface ResponseSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false }
}

/** The error for an answer that is not OK, from its status and (JSON) body. */
export function apiFailure(status: number, body: unknown): ApiRequestError {
  const parsed = apiErrorSchema.safeParse(body)
  // Only the API's own refusal is final; an answer that is not the API's (a proxy's 404 page)
  // or one that says "later" leaves the request worth repeating.
  const kind: ApiFailureKind =
    status >= 500 || RETRYABLE_CLIENT_STATUSES.has(status) ? 'server' : parsed.success ? 'rejected' : 'invalidResponse'
  const message = parsed.success ? parsed.data.error.message : `HTTP ${status} without an API error body`
  const code = parsed.success ? parsed.data.error.code : null
  return new ApiRequestError(kind, message, status, code)
}

/**
 * One JSON request to the HTTP API, its answer validated against a shared schema. Rejects with an
 * {@link ApiRequestError} saying whether it is worth retrying.
 */
export async function requestJson<T>(
  fetchImpl: Fetch,
  url: string,
  init: RequestInit,
  schema: ResponseSchema<T>,
): Promise<T> {
  let response: Response
  try {
    response = await fetchImpl(url, { ...init, headers: { accept: 'application/json', ...init.headers } })
  } catch (error) {
    throw new ApiRequestError('network', 'The server could not be reached', null, null, { cause: error })
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) throw apiFailure(response.status, body)
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    throw new ApiRequestError('invalidResponse', 'The server sent an unexpected answer', response.status)
  }
  return parsed.data
}
