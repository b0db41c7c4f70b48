import { useEffect } from 'react'
import { ApiRequestError } from '../api/ApiRequestError'
import { useAppServices } from '../app/useAppServices'
import { DocumentSession } from '../sync/DocumentSession'
import { syncServerUrl } from '../sync/syncServerUrl'
import { syncStoredChanges } from '../sync/syncStoredChanges'

/**
 * At start-up and whenever the network returns: pushes the device's pending list operations
 * (registrations first), then syncs every document with unacknowledged stored changes that is
 * not open in this tab, one at a time.
 */
export function useBackgroundSync(): void {
  const { db, library } = useAppServices()
  useEffect(() => {
    let running = false
    let runAgain = false
    let stopped = false

    async function run(): Promise<void> {
      if (running) {
        runAgain = true
        return
      }
      running = true
      try {
        do {
          runAgain = false
          if (!navigator.onLine) return
          await library.pushPending().catch((error: unknown) => {
            // Unreachable server: everything stays pending for the next `online`.
            if (!(error instanceof ApiRequestError)) throw error
          })
          const states = await db.syncStates.toArray()
          const unsynced = states
            .filter((state) => Object.keys(state.pendingWriters).length > 0)
            .map((state) => state.documentId)
          for (const documentId of unsynced) {
            if (stopped || !navigator.onLine) return
            if (DocumentSession.isOpen(documentId)) continue
            await syncStoredChanges(db, documentId, { serverUrl: syncServerUrl(window.location) })
          }
        } while (runAgain && !stopped)
      } finally {
        running = false
      }
    }

    const trigger = (): void => {
      run().catch(reportError)
    }
    trigger()
    window.addEventListener('online', trigger)
    return () => {
      stopped = true
      window.removeEventListener('online', trigger)
    }
  }, [db, library])
}
