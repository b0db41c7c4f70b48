import { useQuery } from '@tanstack/react-query'
import { TODO_ROUTES, type TodoList } from '@samskriv/shared'
import { callRoute } from '../api/callRoute'
import { queryKeys } from '../api/queryKeys'
import { useAppServices } from '../services/useAppServices'
import { useAuth } from '../auth/useAuth'

/**
 * The signed-in person's to-dos from the server, fetched again whenever a notice says they changed
 * (a justering started, a proposal made, a follow-up recorded) and on focus; none while not signed in.
 */
export function useTodos(): { data: TodoList | undefined; error: unknown; isPending: boolean } {
  const { fetch } = useAppServices()
  const { mode } = useAuth()
  const query = useQuery({
    queryKey: queryKeys.todos,
    queryFn: () => callRoute(fetch, TODO_ROUTES.list, {}),
    enabled: mode.kind === 'signedIn',
  })
  return { data: query.data, error: query.error, isPending: query.isPending }
}
