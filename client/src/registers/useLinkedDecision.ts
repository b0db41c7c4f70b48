import { useEffect, useState } from 'react'
import type { DecisionEntry } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'

/** A linked decision as far as it is known: looked up, found, or not found anywhere. */
export type LinkedDecision =
  { state: 'none' } | { state: 'loading' } | { state: 'found'; decision: DecisionEntry } | { state: 'missing' }

/** Looks up the decision an activity is linked to (server register, else this device's documents). */
export function useLinkedDecision(decisionId: string): LinkedDecision {
  const { decisions } = useAppServices()
  const [result, setResult] = useState<{ id: string; decision: DecisionEntry | null } | null>(null)
  useEffect(() => {
    if (decisionId === '') return
    let current = true
    decisions.find(decisionId).then(
      (decision) => current && setResult({ id: decisionId, decision }),
      () => current && setResult({ id: decisionId, decision: null }),
    )
    return () => {
      current = false
    }
  }, [decisions, decisionId])
  if (decisionId === '') return { state: 'none' }
  if (result === null || result.id !== decisionId) return { state: 'loading' }
  return result.decision === null ? { state: 'missing' } : { state: 'found', decision: result.decision }
}
