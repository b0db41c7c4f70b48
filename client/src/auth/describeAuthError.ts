import { ApiRequestError } from '../api/ApiRequestError'
import { t } from '../i18n/t'

/** A sentence for a failed sign-in, setup, invitation or admin request, from the error's kind and code. */
export function describeAuthError(error: unknown): string {
  if (!(error instanceof ApiRequestError)) return t('auth.error.unknown')
  if (error.kind === 'network') return t('auth.error.network')
  if (error.status === 429) return t('auth.error.rateLimited')
  switch (error.code) {
    case 'bad_credentials':
      return t('auth.error.badCredentials')
    case 'badSetupToken':
      return t('auth.error.badSetupToken')
    case 'setupDone':
      return t('auth.error.setupDone')
    case 'badInvitation':
      return t('auth.error.badInvitation')
    case 'emailTaken':
      return t('auth.error.emailTaken')
    case 'unauthorized':
      return t('auth.error.signInFirst')
    case 'forbidden':
      return t('auth.error.forbidden')
    case 'conflict':
      return t('auth.error.conflict')
    case 'invalid_request':
      return t('auth.error.invalid')
  }
  return error.kind === 'server' ? t('auth.error.server') : t('auth.error.unknown')
}

/** The shortest password the server accepts. */
export const MIN_PASSWORD_LENGTH = 10

/** A complaint about a new password and its repetition, or null when they will do. */
export function validateNewPassword(password: string, repeated: string): { password?: string; repeated?: string } {
  if (password.length < MIN_PASSWORD_LENGTH)
    return { password: t('auth.passwordTooShort', { min: MIN_PASSWORD_LENGTH }) }
  if (password.length > 200) return { password: t('auth.passwordTooLong') }
  if (password !== repeated) return { repeated: t('auth.passwordMismatch') }
  return {}
}
