import { useEffect } from 'react'
import { useAppServices } from '../app/useAppServices'
import { BackgroundSync } from '../sync/BackgroundSync'
import { syncServerUrl } from '../sync/syncServerUrl'
import { syncStoredChanges } from '../sync/syncStoredChanges'

/**
 * While mounted, keeps pushing what this device has not got onto the server: pending list
 * operations and the stored changes of documents not open in this tab (see {@link BackgroundSync}).
 */
export function useBackgroundSync(): void {
  const { db, library, relayTokens } = useAppServices()
  useEffect(() => {
    const serverUrl = syncServerUrl(window.location)
    const sync = new BackgroundSync(db, library, {
      syncDocument: (documentId) => syncStoredChanges(db, documentId, { serverUrl, relayTokens }),
    })
    sync.start()
    return () => sync.stop()
  }, [db, library, relayTokens])
}
