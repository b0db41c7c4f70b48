import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import { documentFiltersQuery, parseDocumentFilters, type DocumentFilters } from './documentFilters'

/**
 * The document list's search and filters, kept in the address so a filtered list can be linked to
 * and survives a reload. `apply` replaces the history entry while typing (`replace`), and adds one
 * for a chosen filter, so the back button undoes a choice rather than each keystroke.
 */
export function useDocumentFilters(): [
  DocumentFilters,
  (next: DocumentFilters, options?: { replace?: boolean }) => void,
] {
  const search = useSearch()
  const [location, navigate] = useLocation()
  const filters = useMemo(() => parseDocumentFilters(search), [search])
  const apply = useCallback(
    (next: DocumentFilters, options: { replace?: boolean } = {}) => {
      const query = documentFiltersQuery(next)
      navigate(query === '' ? location : `${location}?${query}`, { replace: options.replace ?? false })
    },
    [location, navigate],
  )
  return [filters, apply]
}
