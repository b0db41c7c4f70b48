import type { ChosenMention } from '@samskriv/shared'
import type { MentionablePerson } from './useMentionable'

/** Most people offered at once. */
const MAX_CHOICES = 8

const fold = (text: string) =>
  text
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')

/**
 * The people offered for `@query`: those whose name (any word of it) or e-mail starts with what is
 * typed, case and accents aside, by name; each with the label the field shows (the name, and the
 * e-mail too when someone else in the group has the same name).
 */
export function mentionChoices(
  people: readonly MentionablePerson[],
  query: string,
  excludeId: string | null,
): ChosenMention[] {
  const q = fold(query.trim())
  const sameName = new Map<string, number>()
  for (const p of people) sameName.set(fold(p.name), (sameName.get(fold(p.name)) ?? 0) + 1)
  return people
    .filter((p) => p.id !== excludeId)
    .filter((p) => {
      if (q === '') return true
      const name = fold(p.name)
      return name.startsWith(q) || name.split(/\s+/).some((word) => word.startsWith(q)) || fold(p.email).startsWith(q)
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'))
    .slice(0, MAX_CHOICES)
    .map((p) => ({
      userId: p.id,
      name: p.name,
      label: (sameName.get(fold(p.name)) ?? 0) > 1 ? `${p.name} (${p.email})` : p.name,
    }))
}
