import { passwordProblem, PASSWORD_MIN_LENGTH, type PasswordProblem } from '@samskriv/shared'
import { ApiRequestError } from '../api/ApiRequestError'
import type { PlainMessageKey } from '../i18n/messages'
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
    case 'weakPassword':
      return t('account.error.weakPassword')
    case 'wrongPassword':
      return t('account.error.wrongPassword')
    case 'invitationPending':
      return t('account.error.invitationPending')
    case 'lastAdministrator':
      return t('account.error.lastAdministrator')
    case 'disabled':
      return t('account.error.disabled')
    case 'setup_required':
      return t('setupNeeded.title')
  }
  return error.kind === 'server' ? t('auth.error.server') : t('auth.error.unknown')
}

/** The shortest password the server accepts. */
export const MIN_PASSWORD_LENGTH = PASSWORD_MIN_LENGTH

const PASSWORD_PROBLEMS: Record<Exclude<PasswordProblem, 'tooShort'>, PlainMessageKey> = {
  tooLong: 'auth.passwordTooLong',
  repetitive: 'account.password.repetitive',
  common: 'account.password.common',
  personal: 'account.password.personal',
}

/**
 * A complaint about a new password and its repetition, or {} when they will do: the server's own
 * rules (`passwordProblem`), so a password the server would refuse is never sent.
 */
export function validateNewPassword(
  password: string,
  repeated: string,
  context: { email?: string; name?: string } = {},
): { password?: string; repeated?: string } {
  const problem = passwordProblem(password, context)
  if (problem === 'tooShort') return { password: t('auth.passwordTooShort', { min: MIN_PASSWORD_LENGTH }) }
  if (problem !== null) return { password: t(PASSWORD_PROBLEMS[problem]) }
  if (password !== repeated) return { repeated: t('auth.passwordMismatch') }
  return {}
}
