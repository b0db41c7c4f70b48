import { LIMIT_ERRORS } from '@samskriv/shared'

/** Which of the API's limits was reached (see `HTTP_LIMITS` and `LIMIT_ERRORS`). */
export type LimitName = keyof typeof LIMIT_ERRORS

/**
 * A request refused because it would pass one of the API's limits. Nothing was stored; the API
 * answers the limit's status and code, and logs one line.
 */
export class LimitError extends Error {
  constructor(
    readonly limit: LimitName,
    message: string,
    /** Seconds after which trying again may succeed (sent as Retry-After). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message)
    this.name = 'LimitError'
  }

  get status(): number {
    return LIMIT_ERRORS[this.limit].status
  }

  get code(): string {
    return LIMIT_ERRORS[this.limit].code
  }
}
