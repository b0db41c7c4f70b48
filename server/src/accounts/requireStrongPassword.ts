import { passwordProblem, type PasswordProblem } from '@samskriv/shared'
import { AccountError } from './AccountError.js'

const EXPLANATIONS: Record<PasswordProblem, string> = {
  tooShort: 'The password is too short: use at least 10 characters.',
  tooLong: 'The password is too long: use at most 200 characters.',
  repetitive: 'The password repeats or runs along a sequence: choose one that is harder to guess.',
  common: 'The password is one of those people choose most often: choose another.',
  personal: 'The password is built from your name or e-mail address: choose another.',
}

/** Refuses a new password that is easy to guess (the shared `passwordProblem` rules). */
export function requireStrongPassword(password: string, context: { email?: string; name?: string } = {}): void {
  const problem = passwordProblem(password, context)
  if (problem !== null) throw new AccountError('weakPassword', EXPLANATIONS[problem])
}
