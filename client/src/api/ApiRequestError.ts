/**
 * Why an API call failed. `network`: no answer (offline, server down) — worth retrying later.
 * `server`: a 5xx answer — retry later. `rejected`: a 4xx answer — the same request will fail
 * again. `invalidResponse`: an answer that does not match the contract.
 */
export type ApiFailureKind = 'network' | 'server' | 'rejected' | 'invalidResponse'

/** A failed call to the HTTP API. */
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

  /** Whether repeating the same request later may succeed. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'server'
  }
}
