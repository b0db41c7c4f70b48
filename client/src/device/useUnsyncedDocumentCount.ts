import { useAppServices } from '../services/useAppServices'
import { annotatedDocumentOf } from '../annotations/annotationStorageKey'
import { useLiveQuery } from '../hooks/useLiveQuery'

/**
 * How many documents have changes or comments on this device that the relay has not acknowledged
 * (content and comments of one document count once); undefined while loading.
 */
export function useUnsyncedDocumentCount(): number | undefined {
  const { db } = useAppServices()
  return useLiveQuery(async () => {
    const states = await db.syncStates.toArray()
    const documents = new Set<string>()
    for (const state of states) {
      if (Object.keys(state.pendingWriters).length === 0) continue
      documents.add(annotatedDocumentOf(state.documentId) ?? state.documentId)
    }
    return documents.size
  }, [db]).value
}
