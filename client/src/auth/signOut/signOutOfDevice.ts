import type { LocalDatabase } from '../../storage/LocalDatabase'
import type { AuthSession } from '../AuthSession'
import { removeDeviceCopies, UnsyncedWorkError } from './removeDeviceCopies'

/** What became of this device's copies at sign-out. */
export const SIGN_OUT_OUTCOMES = ['removed', 'kept', 'keptUnsynced', 'removeFailed'] as const
export type SignOutOutcome = (typeof SIGN_OUT_OUTCOMES)[number]

/**
 * Signs out (on the server, and on this device), then removes this device's copies when asked:
 * never what is unsynced (then they are all kept, and the outcome says so). The sign-out comes
 * first so that nothing is synced into the copies while they are removed. The page is not told:
 * the caller leaves it once this is done (one navigation, to the sign-in page with the outcome).
 */
export async function signOutOfDevice(
  services: { auth: AuthSession; db: LocalDatabase },
  removeCopies: boolean,
): Promise<SignOutOutcome> {
  await services.auth.signOutBeforeLeaving()
  if (!removeCopies) return 'kept'
  try {
    await removeDeviceCopies(services.db)
    return 'removed'
  } catch (error) {
    if (error instanceof UnsyncedWorkError) return 'keptUnsynced'
    reportError(error)
    return 'removeFailed'
  }
}
