import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type { DocumentId } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { ValueStore } from '../hooks/ValueStore'
import { syncServerUrl } from '../sync/syncServerUrl'
import { AnnotationSession, type AnnotationSnapshot } from './AnnotationSession'

const subscribeToNothing = (): (() => void) => () => {}
const noSnapshot = (): null => null

/** The open comments session of a document and its current snapshot. */
export interface OpenAnnotations {
  session: AnnotationSession | null
  snapshot: AnnotationSnapshot | null
}

/** Opens the document's {@link AnnotationSession} while mounted. */
export function useAnnotationSession(documentId: DocumentId): OpenAnnotations {
  const { db, relayTokens } = useAppServices()
  const current = useMemo(() => new ValueStore<AnnotationSession | null>(null), [])
  useEffect(() => {
    const opened = new AnnotationSession(db, documentId, {
      serverUrl: syncServerUrl(window.location),
      relayTokens,
    })
    current.set(opened)
    void opened.start()
    return () => {
      current.set(null)
      opened.destroy()
    }
  }, [current, db, relayTokens, documentId])
  const session = useSyncExternalStore(current.subscribe, current.get)
  const snapshot = useSyncExternalStore(session?.subscribe ?? subscribeToNothing, session?.getSnapshot ?? noSnapshot)
  return { session, snapshot }
}
