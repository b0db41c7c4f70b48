import { useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'

/**
 * A page's filters kept in its address (`/beslut?kind=funding&q=…`), so a filtered list can be
 * bookmarked, shared and returned to with the back button. Returns the filters (only the given
 * keys, empty ones left out) and a function that applies new ones.
 */
export function useUrlFilters<K extends string>(
  path: string,
  keys: readonly K[],
): [Partial<Record<K, string>>, (next: Partial<Record<K, string>>) => void] {
  const search = useSearch()
  const [, navigate] = useLocation()
  const filters = useMemo(() => {
    const params = new URLSearchParams(search)
    const found: Partial<Record<K, string>> = {}
    for (const key of keys) {
      const value = params.get(key)?.trim()
      if (value) found[key] = value
    }
    return found
    // `keys` is a module constant of each page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search])
  const apply = (next: Partial<Record<K, string>>) => {
    const params = new URLSearchParams()
    for (const key of keys) {
      const value = next[key]?.trim()
      if (value) params.set(key, value)
    }
    const query = params.toString()
    navigate(query === '' ? path : `${path}?${query}`)
  }
  return [filters, apply]
}
