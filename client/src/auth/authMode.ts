import type { User } from '@samskriv/shared'
import type { AuthSnapshot } from './AuthSession'

/**
 * How the app runs for this person. `loading`: not known yet (only until the device's stored
 * answer is read). `open`: the server has no accounts (or was never reached from this device):
 * everyone may do everything, a name prompt for presence. `signedIn`: with `user`. `signedOut`:
 * the server has accounts and nobody is signed in here. `setup`: the server has no account yet and
 * is not open: nothing works until its first administrator is created with the printed link.
 */
export type AuthMode =
  { kind: 'loading' } | { kind: 'open' } | { kind: 'setup' } | { kind: 'signedIn'; user: User } | { kind: 'signedOut' }

/**
 * The mode from what is known. A device that was signed in stays signed in while the server
 * cannot be reached (its stored answer counts), so offline work is never locked out; only the
 * server saying "nobody is signed in" signs it out.
 */
export function authMode({ source, me }: AuthSnapshot): AuthMode {
  if (source === 'loading') return { kind: 'loading' }
  if (me?.setupRequired === true) return { kind: 'setup' }
  if (me === null || !me.authRequired) return { kind: 'open' }
  if (me.user !== null) return { kind: 'signedIn', user: me.user }
  return { kind: 'signedOut' }
}
