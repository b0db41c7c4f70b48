/** Chromium's `beforeinstallprompt` event (not in the DOM typings). */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

let deferred: InstallPromptEvent | null = null
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())

// The browser offers installation once, early; keep the offer for the "Installera appen" button.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault()
    deferred = event as InstallPromptEvent
    notify()
  })
  window.addEventListener('appinstalled', () => {
    deferred = null
    notify()
  })
}

/** Whether the app runs installed (from the Home Screen or as an installed app). */
export function isInstalled(): boolean {
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true
  return standalone || window.matchMedia('(display-mode: standalone)').matches
}

/** Whether the browser has offered to install the app (Chromium); Safari never does. */
export function canPromptInstall(): boolean {
  return deferred !== null
}

/** Shows the browser's install prompt; resolves whether it was accepted. */
export async function promptInstall(): Promise<boolean> {
  const event = deferred
  if (event === null) return false
  deferred = null
  notify()
  await event.prompt()
  return (await event.userChoice).outcome === 'accepted'
}

/** Calls `listener` when the install offer comes or goes; returns the unsubscribe function. */
export function onInstallPromptChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
