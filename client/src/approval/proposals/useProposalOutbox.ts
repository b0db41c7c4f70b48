import { useEffect } from 'react'
import { useAppServices } from '../../services/useAppServices'

const RETRY_MS = 30_000

/**
 * Keeps sending refused offline edits as proposals: when the app starts, when the device comes
 * online, and every half minute while any wait (a failed send leaves them queued); only while
 * `enabled` (the server is open, or someone is signed in).
 */
export function useProposalOutbox(enabled: boolean): void {
  const { proposals } = useAppServices()
  useEffect(() => {
    if (!enabled) return
    const send = () => {
      if (navigator.onLine) proposals.sendAll().catch(reportError)
    }
    send()
    window.addEventListener('online', send)
    const timer = setInterval(send, RETRY_MS)
    return () => {
      window.removeEventListener('online', send)
      clearInterval(timer)
    }
  }, [proposals, enabled])
}
