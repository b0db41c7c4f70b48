import { useMemo } from 'react'
import type { RenderTable } from '../documents/DocumentListSection'
import type { DocumentListRow } from '../documents/mergeDocumentList'
import type { ServerListState } from '../documents/useDocumentRows'
import { t } from '../i18n/t'
import { hasFilters } from './documentFilters'
import { DocumentSearchForm } from './DocumentSearchForm'
import { bodyOptions, filterDocumentRows } from './filterDocumentRows'
import { useDeviceTexts } from './useDeviceTexts'
import { useDocumentFilters } from './useDocumentFilters'
import { useServerSearch } from './useServerSearch'

/** Props of {@link SearchableDocumentRows}. */
export interface SearchableDocumentRowsProps {
  rows: DocumentListRow[]
  server: ServerListState
  table: RenderTable
  /** Group id → name, when groups are in use. */
  groupNames?: ReadonlyMap<string, string> | undefined
}

/**
 * The document list with its search and filters: the copies on this device are searched at once
 * (offline too), the server answers for documents not stored here; the count of what is shown is
 * read out as it changes.
 */
export function SearchableDocumentRows({ rows, server, table, groupNames }: SearchableDocumentRowsProps) {
  const [filters, apply] = useDocumentFilters()
  const device = useDeviceTexts()
  const online = server !== 'offline'
  const serverSearch = useServerSearch(filters.q.trim(), online)
  const sources = useMemo(() => ({ device, server: serverSearch.hits }), [device, serverSearch.hits])
  const filtered = useMemo(() => filterDocumentRows(rows, filters, sources), [rows, filters, sources])
  const bodies = useMemo(() => bodyOptions(rows, sources), [rows, sources])
  const filtering = hasFilters(filters)
  // Title-only matches are only worth a word once the server has failed (or cannot be asked).
  const titleOnly = serverSearch.failed || server === 'unavailable' ? filtered.titleOnly : 0

  return (
    <>
      <DocumentSearchForm value={filters} onApply={apply} groupNames={groupNames} bodies={bodies} />
      <div role="status" aria-live="polite" className="document-search__status">
        {filtering && (
          <p className="document-search__count">
            {t('search.count', { count: filtered.rows.length, total: rows.length })}
          </p>
        )}
        {filtering && titleOnly > 0 && <p className="note">{t('search.titleOnly', { count: titleOnly })}</p>}
      </div>
      {filtered.rows.length === 0 ? (
        <p>{t('search.none')}</p>
      ) : (
        table(filtered.rows, filtering ? filtered.matches : undefined)
      )}
    </>
  )
}
