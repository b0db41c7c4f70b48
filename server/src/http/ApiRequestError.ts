/** A request the API cannot act on; presented as `{ error: { code, message, issues? } }`. */
export class ApiRequestError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues?: Array<{ path: string; message: string }>,
  ) {
    super(message)
    this.name = 'ApiRequestError'
  }
}
