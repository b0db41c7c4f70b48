import { useQuery } from '@tanstack/react-query'
import { TODO_ROUTES } from '@samskriv/shared'
import { callRoute } from '../api/callRoute'
import { queryKeys } from '../api/queryKeys'
import { useAppServices } from '../services/useAppServices'
import { useAuth } from '../auth/useAuth'

/** Someone a comment can mention. */
export interface MentionablePerson {
  readonly id: string
  readonly name: string
  readonly email: string
}

const NOBODY: readonly MentionablePerson[] = []

/**
 * Whom a comment on the document can mention (its group's active members), from the server and
 * kept for offline use by the query cache; nobody when not signed in (an open server has no
 * accounts to mention) or while it is not known.
 */
export function useMentionable(documentId: string, enabled: boolean): readonly MentionablePerson[] {
  const { fetch } = useAppServices()
  const { mode } = useAuth()
  const query = useQuery({
    queryKey: [...queryKeys.document(documentId), 'mentionable'],
    queryFn: async () => (await callRoute(fetch, TODO_ROUTES.mentionable, { params: { id: documentId } })).people,
    enabled: enabled && mode.kind === 'signedIn',
    staleTime: 5 * 60_000,
  })
  return query.data ?? NOBODY
}
