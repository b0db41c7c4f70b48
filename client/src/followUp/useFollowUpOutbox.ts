import { useEffect } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../api/queryKeys'
import { useAppServices } from '../services/useAppServices'

const RETRY_MS = 30_000

/**
 * Keeps sending follow-ups written on this device: when the app starts, when the device comes
 * online, and every half minute while any wait; only while `enabled` (signed in, or an open server).
 * A follow-up that reached the server makes the plan's log and the registers stale.
 */
export function useFollowUpOutbox(enabled: boolean): void {
  const { followUps } = useAppServices()
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!enabled) return
    const stopListening = followUps.onSent((documentId) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.followUp(documentId) })
      void queryClient.invalidateQueries({ queryKey: queryKeys.registers })
    })
    const send = () => {
      if (navigator.onLine) followUps.sendAll().catch(reportError)
    }
    send()
    window.addEventListener('online', send)
    const timer = setInterval(send, RETRY_MS)
    return () => {
      stopListening()
      window.removeEventListener('online', send)
      clearInterval(timer)
    }
  }, [followUps, enabled, queryClient])
}
