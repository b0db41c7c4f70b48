import { useId, type ReactNode } from 'react'
import type { DocumentListView } from '../api/DocumentsApi'
import { useDocumentRows, type ServerListState } from './useDocumentRows'
import { t } from '../i18n/t'
import { describeStorageError } from '../storage/describeStorageError'
import { DocumentTable, type DocumentTableProps } from './DocumentTable'
import type { DocumentListRow } from './mergeDocumentList'

/** Draws the table of some of the rows (with how they matched a search). */
export type RenderTable = (shown: DocumentListRow[], matches?: DocumentTableProps['matches']) => ReactNode

/** Props of {@link DocumentListSection}. */
export interface DocumentListSectionProps extends Pick<
  DocumentTableProps,
  'onRename' | 'onTrash' | 'onRestore' | 'groupNames' | 'onGiveToGroup' | 'allows'
> {
  view: DocumentListView
  heading: string
  /** Said when the list is empty. */
  emptyText: string
  /** Said instead when it is empty and only the device's documents could be listed. */
  emptyOnDeviceText: string
  /** Shows the rows another way than as one table (e.g. searched and filtered); `table` draws a table. */
  renderRows?: (rows: DocumentListRow[], server: ServerListState, table: RenderTable) => ReactNode
}

/**
 * One list (live documents or trash) with its heading, a note saying when only this device's
 * documents are shown, and the table.
 */
export function DocumentListSection({
  view,
  heading,
  emptyText,
  emptyOnDeviceText,
  renderRows,
  ...actions
}: DocumentListSectionProps) {
  const headingId = useId()
  const { rows, server, localError } = useDocumentRows(view)
  const note =
    server === 'offline' ? t('list.offlineNote') : server === 'unavailable' ? t('list.serverUnavailable') : null
  const table: RenderTable = (shown, matches) => (
    <DocumentTable rows={shown} view={view} labelledBy={headingId} {...actions} {...(matches ? { matches } : {})} />
  )

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <div role="status" className="list-note-region">
        {note !== null && <p className="note">{note}</p>}
      </div>
      {localError !== null && (
        <p className="alert alert--error" role="alert">
          {t('list.actionFailed', { reason: describeStorageError(localError) })}
        </p>
      )}
      {rows === null || (rows.length === 0 && server === 'loading') ? (
        <p>{t('list.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{server === 'loaded' ? emptyText : emptyOnDeviceText}</p>
      ) : (
        (renderRows ?? ((all) => table(all)))(rows, server, table)
      )}
    </section>
  )
}
