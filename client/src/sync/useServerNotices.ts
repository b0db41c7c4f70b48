import { useEffect } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { keysForTopic } from '../api/queryKeys'
import { ServerNotices } from './ServerNotices'

/**
 * While `enabled` (signed in, or an open server) and mounted, listens to the server's notices and
 * marks the queries of each topic stale, so what is on screen is fetched again; after a
 * reconnection everything is, since notices may have been missed.
 */
export function useServerNotices(enabled: boolean): void {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!enabled) return
    const origin = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}`
    let first = true
    const notices = new ServerNotices({
      origin,
      onTopics: (topics) => {
        for (const topic of topics) {
          for (const queryKey of keysForTopic(topic)) void queryClient.invalidateQueries({ queryKey })
        }
      },
      onConnected: () => {
        if (!first) void queryClient.invalidateQueries()
        first = false
      },
    })
    notices.start()
    return () => notices.stop()
  }, [enabled, queryClient])
}
