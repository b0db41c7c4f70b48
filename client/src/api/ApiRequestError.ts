/**
 * Why an API call failed. `network`: no answer (offline, server down). `server`: an answer that
 * says "try again later" (5xx, 408 Request Timeout, 429 Too Many Requests). `rejected`: the API
 * refused the request with its own error body (any other 4xx) — the same request will fail
 * again. `invalidResponse`: an answer that is not the API's (a body that does not parse or match
 * the contract, e.g. from a proxy or a captive portal) — worth retrying too.
 */
export type ApiFailureKind = 'network' | 'server' | 'rejected' | 'invalidResponse'

/** HTTP statuses below 500 that mean "not now" rather than "never". */
export const RETRYABLE_CLIENT_STATUSES: ReadonlySet<number> = new Set([408, 429])

/**
 * A failed call to the HTTP API. Its `message` is for developers and logs, never for the UI: the
 * UI describes a failure by its `kind` and `code` from the message catalogue.
 */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError'

  constructor(
    readonly kind: ApiFailureKind,
    message: string,
    /** The HTTP status, when there was an answer. */
    readonly status: number | null = null,
    /** The API's machine-readable error code, when it sent one. */
    readonly code: string | null = null,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }

  /** Whether repeating the same request later may succeed: everything but a refusal. */
  get retryable(): boolean {
    return this.kind !== 'rejected'
  }
}
