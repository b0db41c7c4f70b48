/** Why an approval step was refused; the HTTP layer maps the code to a status. */
export class ApprovalError extends Error {
  constructor(
    readonly code: 'notFound' | 'forbidden' | 'conflict' | 'invalid',
    message: string,
  ) {
    super(message)
    this.name = 'ApprovalError'
  }
}
