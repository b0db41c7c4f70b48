import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../api/queryKeys'
import { useAppServices } from '../services/useAppServices'
import { readLocalProtocols } from './readLocalProtocols'

/**
 * The protocols stored on this device, read again whenever a screen asking for them mounts (an
 * edit elsewhere may have changed a header) and whenever the document list changes.
 */
export function useLocalProtocols(enabled = true) {
  const { db } = useAppServices()
  return useQuery({
    queryKey: queryKeys.localProtocols,
    queryFn: () => readLocalProtocols(db),
    enabled,
    // Read from the device: offline as well as online.
    networkMode: 'always',
    staleTime: 0,
    refetchOnMount: 'always',
  })
}
