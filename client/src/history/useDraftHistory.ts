import { useQuery } from '@tanstack/react-query'
import { HISTORY_ROUTES, type DocumentId } from '@samskriv/shared'
import { callRoute } from '../api/callRoute'
import { queryKeys } from '../api/queryKeys'
import { useAppServices } from '../services/useAppServices'

/** The draft's snapshots, newest first; fetched again when a notice says a snapshot was taken. */
export function useDraftHistory(documentId: DocumentId) {
  const { fetch } = useAppServices()
  return useQuery({
    queryKey: queryKeys.history(documentId),
    queryFn: async () => (await callRoute(fetch, HISTORY_ROUTES.list, { params: { id: documentId } })).snapshots,
  })
}

/** One snapshot with its content; a snapshot never changes, so it is fetched once. */
export function useSnapshot(documentId: DocumentId, snapshotId: string) {
  const { fetch } = useAppServices()
  return useQuery({
    queryKey: [...queryKeys.history(documentId), snapshotId],
    queryFn: async () =>
      (await callRoute(fetch, HISTORY_ROUTES.get, { params: { id: documentId, snapshotId } })).snapshot,
    staleTime: Infinity,
  })
}
