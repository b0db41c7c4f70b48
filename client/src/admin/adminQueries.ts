import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { queryKeys } from '../api/queryKeys'
import { useAppServices } from '../services/useAppServices'

/** Asked offline too, so that the page shows why nothing came rather than wait. */
const networkMode = 'always'

/** Everyone with an account (administrators). */
export function useUsers() {
  const { admin } = useAppServices()
  return useQuery({ queryKey: queryKeys.users, queryFn: () => admin.users(), networkMode })
}

/** Every invitation and password link issued, with its state (administrators). */
export function useInvitations() {
  const { admin } = useAppServices()
  return useQuery({ queryKey: queryKeys.invitations, queryFn: () => admin.invitations(), networkMode })
}

/** One group's members with their roles. */
export function useGroupMembers(groupId: string) {
  const { admin } = useAppServices()
  return useQuery({ queryKey: queryKeys.groupMembers(groupId), queryFn: () => admin.members(groupId), networkMode })
}

/** Marks the given server data stale after a change of one's own, so what shows it fetches again. */
export function useInvalidate(): (...keys: QueryKey[]) => void {
  const queryClient = useQueryClient()
  return (...keys) => {
    for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey })
  }
}
