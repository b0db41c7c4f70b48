import { useQuery } from '@tanstack/react-query'
import type { DocumentId } from '@samskriv/shared'
import { queryKeys } from '../api/queryKeys'
import { useAppServices } from '../services/useAppServices'

/** Asked offline too, so that the page says the versions could not be fetched rather than wait. */
const networkMode = 'always'

/** A document and its approved versions (stale again when the server notes a change to the document). */
export function useVersionList(documentId: DocumentId) {
  const { approval: api } = useAppServices()
  return useQuery({
    queryKey: queryKeys.versions(documentId),
    queryFn: async () => ({ document: await api.document(documentId), versions: await api.versions(documentId) }),
    networkMode,
  })
}

/** One approved version with its body; an approved version never changes, so it is fetched once. */
export function useVersion(documentId: DocumentId, number: number, enabled = true) {
  const { approval: api } = useAppServices()
  return useQuery({
    enabled,
    queryKey: queryKeys.version(documentId, number),
    queryFn: () => api.version(documentId, number),
    staleTime: Infinity,
    networkMode,
  })
}
