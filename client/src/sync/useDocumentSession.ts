import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { setDocumentTitle, type DocumentId } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { DocumentSession, type DocumentSessionSnapshot } from './DocumentSession'
import { syncServerUrl } from './syncServerUrl'
import { TITLE_EDIT_ORIGIN } from './titleEditOrigin'
import { ValueStore } from '../hooks/ValueStore'

const subscribeToNothing = (): (() => void) => () => {}
const noSnapshot = (): null => null

/** The open document and its current snapshot. */
export interface OpenDocument {
  session: DocumentSession | null
  snapshot: DocumentSessionSnapshot | null
}

/**
 * Opens a {@link DocumentSession} for the document while mounted. Its metadata is mirrored into
 * the device's document list; a rename made from the list while offline (not yet confirmed by the
 * server) is applied to the document once, when it opens.
 */
export function useDocumentSession(documentId: DocumentId): OpenDocument {
  const { db, library, relayTokens, forgetDocument } = useAppServices()
  const current = useMemo(() => new ValueStore<DocumentSession | null>(null), [])

  useEffect(() => {
    let pendingTitleChecked = false
    const opened = new DocumentSession(db, documentId, {
      serverUrl: syncServerUrl(window.location),
      relayTokens,
      onAccessLost: () => void forgetDocument(documentId).catch(reportError),
      // An editor binds to this document: bring an older draft up to this schema version first.
      migrate: true,
      onMetaChange: (meta) => {
        const checkPendingTitle = !pendingTitleChecked
        pendingTitleChecked = true
        library
          .remember(documentId, meta)
          .then((record) => {
            const { pendingTitle } = record
            if (checkPendingTitle && pendingTitle !== null && pendingTitle !== meta.title) {
              setDocumentTitle(opened.doc, pendingTitle, TITLE_EDIT_ORIGIN)
            }
          })
          .catch(reportError)
      },
    })
    current.set(opened)
    void opened.start()
    return () => {
      current.set(null)
      opened.destroy()
    }
  }, [current, db, library, relayTokens, forgetDocument, documentId])

  const session = useSyncExternalStore(current.subscribe, current.get)
  const snapshot = useSyncExternalStore(session?.subscribe ?? subscribeToNothing, session?.getSnapshot ?? noSnapshot)
  return { session, snapshot }
}
