import { YDexiePersistence } from '../storage/YDexiePersistence'

/**
 * What looking for a new version found: `updating` (one is being installed; the update prompt
 * offers it), `noUpdate`, `failed` (no answer), or `reloading` (no service worker: the page
 * reloads to fetch the app again).
 */
export type AppUpdateCheck = 'updating' | 'noUpdate' | 'failed' | 'reloading'

/**
 * Looks for a newer version of the app now, after every pending change is stored on the device.
 * The service worker installs it and the update prompt offers to switch; without a service worker
 * the page is reloaded.
 */
export async function checkForAppUpdate(): Promise<AppUpdateCheck> {
  await YDexiePersistence.flushAll().catch(() => {})
  const registration = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined
  if (registration === undefined) {
    window.location.reload()
    return 'reloading'
  }
  try {
    await registration.update()
  } catch {
    return 'failed'
  }
  return registration.installing !== null || registration.waiting !== null ? 'updating' : 'noUpdate'
}
