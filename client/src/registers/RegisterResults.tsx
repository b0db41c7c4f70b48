import { useId, type ReactNode } from 'react'
import { t } from '../i18n/t'
import { describeStorageError } from '../storage/describeStorageError'
import type { RegisterList } from './useRegisterList'

/** Props of {@link RegisterResults}. */
export interface RegisterResultsProps<R> {
  heading: string
  list: RegisterList<R>
  rowKey: (row: R) => string
  /** One row as a list item's content (or, with `renderList`, however the list renders it). */
  renderRow: (row: R) => ReactNode
  /** Renders the rows itself (a table) instead of a list of `renderRow`. */
  renderList?: (rows: R[]) => ReactNode
  countText: (shown: number, total: number) => string
  emptyText: string
  notice: ReactNode
  listClassName?: string
  /** The heading's id, when the rows (a table) refer to it; one is made up otherwise. */
  headingId?: string
}

/**
 * The result part of a register page: heading, where the list comes from, how many match (a
 * polite live region), the rows, and "Visa fler" while more match than are shown.
 */
export function RegisterResults<R>({
  heading,
  list,
  rowKey,
  renderRow,
  renderList,
  countText,
  emptyText,
  notice,
  listClassName,
  headingId: givenHeadingId,
}: RegisterResultsProps<R>) {
  const ownHeadingId = useId()
  const headingId = givenHeadingId ?? ownHeadingId
  const { rows, total } = list
  return (
    <section className="panel register-results" aria-labelledby={headingId} aria-busy={rows === null}>
      <h2 id={headingId}>{heading}</h2>
      {notice}
      <p role="status" className="register-results__count">
        {rows === null ? t('registers.loading') : rows.length === 0 ? emptyText : countText(rows.length, total)}
      </p>
      {list.error !== null && (
        <p className="alert alert--error" role="alert">
          {t('registers.localFailed', { reason: describeStorageError(list.error) })}
        </p>
      )}
      {rows !== null &&
        rows.length > 0 &&
        (renderList ? (
          renderList(rows)
        ) : (
          <ol className={listClassName}>
            {rows.map((row) => (
              <li key={rowKey(row)}>{renderRow(row)}</li>
            ))}
          </ol>
        ))}
      {rows !== null && rows.length < total && (
        <button
          type="button"
          className="button register-results__more"
          disabled={list.loadingMore}
          onClick={list.loadMore}
        >
          {list.loadingMore ? t('registers.loadingMore') : t('registers.showMore')}
        </button>
      )}
    </section>
  )
}
