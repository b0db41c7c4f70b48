import { Link } from 'wouter'
import type { DocumentId } from '@samskriv/shared'
import type { DocumentListView } from '../api/DocumentsApi'
import { formatDateTime } from '../i18n/formatDateTime'
import { t } from '../i18n/t'
import { DocumentStatusBadge } from './DocumentStatusBadge'
import { DocumentStatusMarkers } from './DocumentStatusMarkers'
import { documentTypeLabel } from './documentTypeLabel'
import type { DocumentListRow } from './mergeDocumentList'
import { HighlightedText } from '../search/HighlightedText'
import type { RowMatch } from '../search/filterDocumentRows'

/** Props of {@link DocumentTable}. */
export interface DocumentTableProps {
  rows: DocumentListRow[]
  view: DocumentListView
  /** The id of the heading that names the table. */
  labelledBy: string
  onRename?: (row: DocumentListRow) => void
  onTrash?: (row: DocumentListRow) => void
  onRestore?: (row: DocumentListRow) => void
  /** Group id → name; with it the table has a group column. */
  groupNames?: ReadonlyMap<string, string>
  /** Offered on documents without a group (administrators). */
  onGiveToGroup?: (row: DocumentListRow) => void
  /** Whether the person may rename, trash or restore a row (the shared rules); all when absent. */
  allows?: (row: DocumentListRow, action: 'rename' | 'trash' | 'restore') => boolean
  /** How rows matched a search: their titles with the words marked and a snippet of their text. */
  matches?: ReadonlyMap<DocumentId, RowMatch>
}

/**
 * The documents as a table: title (a link named by the title alone), type, last change (or when
 * it was trashed), status markers and the row's actions as always-visible buttons.
 */
export function DocumentTable({
  rows,
  view,
  labelledBy,
  onRename,
  onTrash,
  onRestore,
  groupNames,
  onGiveToGroup,
  allows = () => true,
  matches,
}: DocumentTableProps) {
  return (
    <table className="document-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('list.columnTitle')}</th>
          <th scope="col">{t('list.columnType')}</th>
          {groupNames && <th scope="col">{t('list.columnGroup')}</th>}
          <th scope="col">{view === 'trash' ? t('trash.columnDeleted') : t('list.columnChanged')}</th>
          <th scope="col">{t('list.columnStatus')}</th>
          <th scope="col">{t('list.columnActions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const shownTime = view === 'trash' && row.deletedAt !== null ? row.deletedAt : row.updatedAt
          const match = matches?.get(row.id)
          return (
            <tr key={row.id}>
              <th scope="row" className="document-table__title">
                <Link href={`/dokument/${row.id}`}>{match ? <HighlightedText parts={match.title} /> : row.title}</Link>
                {match?.snippet && (
                  <p className="document-table__snippet">
                    <span className="visually-hidden">{t('search.matchIn')} </span>
                    <HighlightedText parts={match.snippet} />
                  </p>
                )}
              </th>
              <td data-label={t('list.columnType')}>{documentTypeLabel(row.type)}</td>
              {groupNames && (
                <td data-label={t('list.columnGroup')}>
                  {row.groupId === null ? t('list.noGroup') : (groupNames.get(row.groupId) ?? '–')}
                </td>
              )}
              <td data-label={view === 'trash' ? t('trash.columnDeleted') : t('list.columnChanged')}>
                <time dateTime={shownTime}>{formatDateTime(shownTime)}</time>
              </td>
              <td data-label={t('list.columnStatus')}>
                <DocumentStatusBadge status={row.status} approvedVersion={row.approvedVersion} />
                <DocumentStatusMarkers row={row} />
              </td>
              <td>
                <div className="document-table__actions">
                  {onRename && allows(row, 'rename') && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('list.renameNamed', { title: row.title })}
                      onClick={() => onRename(row)}
                    >
                      {t('list.rename')}
                    </button>
                  )}
                  {onTrash && allows(row, 'trash') && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('list.trashNamed', { title: row.title })}
                      onClick={() => onTrash(row)}
                    >
                      {t('list.trash')}
                    </button>
                  )}
                  {onGiveToGroup && row.groupId === null && !row.pendingRegistration && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('list.giveToGroupNamed', { title: row.title })}
                      onClick={() => onGiveToGroup(row)}
                    >
                      {t('list.giveToGroup')}
                    </button>
                  )}
                  {onRestore && allows(row, 'restore') && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('trash.restoreNamed', { title: row.title })}
                      onClick={() => onRestore(row)}
                    >
                      {t('trash.restore')}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
