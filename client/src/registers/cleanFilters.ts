/**
 * Filters as the API and the shared predicates take them: values trimmed, empty ones left out (an
 * empty `body` would otherwise mean "decisions without a deciding body").
 */
export function cleanFilters<F extends Record<string, string | undefined>>(filters: F): F {
  const clean: Record<string, string> = {}
  for (const [key, value] of Object.entries(filters)) {
    const trimmed = value?.trim()
    if (trimmed !== undefined && trimmed !== '') clean[key] = trimmed
  }
  return clean as F
}
