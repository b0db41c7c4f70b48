import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { SEARCH_ROUTES, type DocumentSearchHit } from '@samskriv/shared'
import { callRoute } from '../api/callRoute'
import { queryKeys } from '../api/queryKeys'
import { useAppServices } from '../services/useAppServices'

/** The server's search for `q` where it stands. */
export interface ServerSearch {
  /** The hits by document id, for exactly `q`; null while there is no answer for it. */
  hits: ReadonlyMap<string, DocumentSearchHit> | null
  /** The server did not answer (out of reach or failed). */
  failed: boolean
}

/**
 * Asks the server which documents the person may read hold the words `q` (all of them, with their
 * meeting bodies, when `q` is empty), for documents not stored on this device; nothing offline.
 */
export function useServerSearch(q: string, online: boolean): ServerSearch {
  const { fetch } = useAppServices()
  const query = useQuery({
    queryKey: queryKeys.documentSearch(q),
    queryFn: async () => {
      const result = await callRoute(fetch, SEARCH_ROUTES.documents, { query: { q } })
      return { q, hits: new Map(result.hits.map((hit) => [hit.documentId, hit])) }
    },
    enabled: online,
    placeholderData: keepPreviousData,
    retry: 1,
  })
  const current = online && query.data?.q === q ? query.data.hits : null
  return { hits: current, failed: online && query.isError && current === null }
}
