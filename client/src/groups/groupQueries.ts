import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../api/queryKeys'
import { useAppServices } from '../services/useAppServices'

/** The groups the server shows the signed-in person (administrators: all), through the query cache. */
export function useGroups(enabled = true) {
  const { admin } = useAppServices()
  // Asked offline too (unless not enabled), so that a list says why nothing came rather than wait.
  return useQuery({ queryKey: queryKeys.groups, queryFn: () => admin.groups(), enabled, networkMode: 'always' })
}
