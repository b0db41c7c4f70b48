import { apiErrorSchema } from '@samskriv/shared'
import { ApiRequestError } from './ApiRequestError'

/** The fetch function the API clients use (the browser's, or a test's). */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>

/** What is used of a zod schema (kept structural so the client needs no zod import). */
export interface ResponseSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false }
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
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body)
    const kind = response.status >= 500 ? 'server' : 'rejected'
    const message = parsed.success ? parsed.data.error.message : `HTTP ${response.status}`
    const code = parsed.success ? parsed.data.error.code : null
    throw new ApiRequestError(kind, message, response.status, code)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    throw new ApiRequestError('invalidResponse', 'The server sent an unexpected answer', response.status)
  }
  return parsed.data
}
