import { useEffect, useState } from 'react'
import { useAppServices } from '../services/useAppServices'

/** Deciding bodies and groups that decisions name, for the register's filter fields to suggest. */
export interface DecisionSuggestions {
  bodies: string[]
  groups: string[]
}

const distinct = (values: string[]) =>
  [...new Set(values.map((v) => v.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'sv-SE'))

/**
 * The deciding bodies and groups in the decision register (the server's newest decisions when
 * online and the device's documents'): the register filters on them exactly, so the fields
 * suggest what exists.
 */
export function useDecisionSuggestions(): DecisionSuggestions {
  const { decisions } = useAppServices()
  const [suggestions, setSuggestions] = useState<DecisionSuggestions>({ bodies: [], groups: [] })
  useEffect(() => {
    let current = true
    decisions
      .search('')
      .then(({ decisions: all }) => {
        if (!current) return
        setSuggestions({
          bodies: distinct(all.map((d) => d.decidingBody)),
          groups: distinct(all.flatMap((d) => [d.group, d.memberChange?.group ?? ''])),
        })
      })
      .catch(() => {})
    return () => {
      current = false
    }
  }, [decisions])
  return suggestions
}
