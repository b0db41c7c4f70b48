import type { DecisionEntry } from '@samskriv/shared'

/** A member change in words: "Name, organisation" for each side, and the group. */
export interface MemberChangeWords {
  incoming: string
  outgoing: string
  group: string
}

const personText = (person: { name: string; organisation: string }) =>
  [person.name.trim(), person.organisation.trim()].filter(Boolean).join(', ')

/** Who replaces whom in which group, or null when the decision changes no member. */
export function describeMemberChange(change: DecisionEntry['memberChange']): MemberChangeWords | null {
  if (change === null) return null
  const incoming = personText(change.incoming)
  const outgoing = personText(change.outgoing)
  if (incoming === '' && outgoing === '') return null
  return { incoming: incoming || '–', outgoing: outgoing || '–', group: change.group.trim() }
}
