import { bodySchema } from '@samskriv/shared'

let cached: ReadonlySet<string> | null = null

/** The node names this version's body schema knows (paragraph, agendaItem, …), computed once. */
export function knownNodeNames(): ReadonlySet<string> {
  cached ??= new Set(Object.keys(bodySchema().nodes))
  return cached
}
