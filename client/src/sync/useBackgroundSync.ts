import { useEffect } from 'react'
import { annotatedDocumentOf } from '../annotations/annotationStorageKey'
import { syncStoredAnnotations } from '../annotations/syncStoredAnnotations'
import { useAppServices } from '../services/useAppServices'
import { BackgroundSync } from './BackgroundSync'
import { syncServerUrl } from './syncServerUrl'
import { syncStoredChanges } from './syncStoredChanges'

/**
 * While mounted and `enabled` (not while a sign-in is required), keeps pushing what this device has not got onto the server: pending list
 * operations and the stored changes of documents not open in this tab (see {@link BackgroundSync}).
 */
export function useBackgroundSync(enabled = true): void {
  const { db, library, relayTokens, forgetDocument } = useAppServices()
  useEffect(() => {
    if (!enabled) return
    const serverUrl = syncServerUrl(window.location)
    const sync = new BackgroundSync(db, library, {
      // Stored keys are room names: a document's content, or its comments (`<id>/annotations`).
      syncDocument: (key) => {
        const annotated = annotatedDocumentOf(key)
        if (annotated !== null) return syncStoredAnnotations(db, annotated, { serverUrl, relayTokens })
        return syncStoredChanges(db, key, {
          serverUrl,
          relayTokens,
          onAccessLost: (id) => void forgetDocument(id).catch(reportError),
        })
      },
    })
    sync.start()
    return () => sync.stop()
  }, [db, library, relayTokens, forgetDocument, enabled])
}
