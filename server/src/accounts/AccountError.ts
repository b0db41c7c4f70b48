/** Why an account operation was refused. */
export type AccountErrorCode =
  | 'setupDone'
  | 'badSetupToken'
  | 'emailTaken'
  | 'invitationPending'
  | 'badInvitation'
  | 'weakPassword'
  | 'wrongPassword'
  | 'lastAdministrator'
  | 'notFound'
  | 'disabled'

export class AccountError extends Error {
  constructor(
    readonly code: AccountErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AccountError'
  }
}
