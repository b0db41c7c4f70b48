import { useMutation, useQueryClient } from '@tanstack/react-query'
import { TODO_ROUTES, type TodoList } from '@samskriv/shared'
import { callRoute } from '../api/callRoute'
import { queryKeys } from '../api/queryKeys'
import { useAppServices } from '../services/useAppServices'

/**
 * Marks a comment that mentions me as seen: it leaves the list at once (and the badge), and the
 * list is fetched again after. Offline it stays in the server's list until marked again.
 */
export function useMentionDone(): (mention: { documentId: string; commentId: string }) => void {
  const { fetch } = useAppServices()
  const client = useQueryClient()
  const mutation = useMutation({
    mutationFn: (mention: { documentId: string; commentId: string }) =>
      callRoute(fetch, TODO_ROUTES.mentionDone, { params: mention }),
    onMutate: (mention) => {
      client.setQueryData<TodoList>(queryKeys.todos, (list) =>
        list === undefined
          ? list
          : {
              ...list,
              mentions: list.mentions.filter(
                (m) => !(m.documentId === mention.documentId && m.commentId === mention.commentId),
              ),
            },
      )
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.todos }),
  })
  return mutation.mutate
}
