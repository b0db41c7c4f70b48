import { useEffect } from 'react'
import { useAppServices } from '../../app/useAppServices'

const RETRY_MS = 30_000

/**
 * Keeps sending refused offline edits as proposals: when the app starts, when the device comes
 * online, and every half minute while any wait (a failed send leaves them queued).
 */
export function useProposalOutbox(): void {
  const { proposals } = useAppServices()
  useEffect(() => {
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
  }, [proposals])
}
