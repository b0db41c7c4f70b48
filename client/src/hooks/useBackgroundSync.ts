import { useEffect } from 'react'
import { AnnotationSession } from '../annotations/AnnotationSession'
import { annotatedDocumentOf } from '../annotations/annotationStorageKey'
import { syncStoredAnnotations } from '../annotations/syncStoredAnnotations'
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
      // Stored keys are room names: a document's content, or its comments (`<id>/annotations`).
      syncDocument: (key) => {
        const annotated = annotatedDocumentOf(key)
        if (annotated === null) return syncStoredChanges(db, key, { serverUrl, relayTokens })
        return syncStoredAnnotations(db, annotated, { serverUrl, relayTokens })
      },
      isOpen: (key) => AnnotationSession.isOpen(key),
    })
    sync.start()
    return () => sync.stop()
  }, [db, library, relayTokens])
}
