import { useId } from 'react'
import { Link } from 'wouter'
import type { DocumentId, SnapshotSummary } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { describeApprovalError } from '../approval/describeApprovalError'
import { useLiveQuery } from '../hooks/useLiveQuery'
import { usePageTitle } from '../hooks/usePageTitle'
import { formatDateTimeExact } from '../i18n/formatDateTime'
import { formatNumber } from '../i18n/formatNumber'
import { t } from '../i18n/t'
import { useDraftHistory } from './useDraftHistory'

/** Who edited during a snapshot's burst of work, for people. */
export function authorNames(snapshot: SnapshotSummary): string {
  return snapshot.authors.length > 0 ? snapshot.authors.map((a) => a.name).join(', ') : t('history.noAuthors')
}

/** `/dokument/:id/historik`: the draft's snapshots by time and author, each to open. */
export function HistoryListPage({ documentId }: { documentId: DocumentId }) {
  const { db } = useAppServices()
  const record = useLiveQuery(() => db.documents.get(documentId), [db, documentId]).value
  const history = useDraftHistory(documentId)
  const title = record ? t('history.title', { title: record.title }) : t('history.pageTitle')
  usePageTitle(title)
  const tableHeadingId = useId()
  const snapshots = history.data

  return (
    <div className="page history-page">
      <p className="document-page__back">
        <Link href={`/dokument/${documentId}`}>{t('history.back')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="note">{t('history.intro')}</p>
      {history.isPending && <p role="status">{t('history.loading')}</p>}
      {history.isError && (
        <p className="alert alert--error" role="alert">
          {t('history.failed', { reason: describeApprovalError(history.error) })}
        </p>
      )}
      {snapshots !== undefined && snapshots.length === 0 && <p>{t('history.none')}</p>}
      {snapshots !== undefined && snapshots.length > 0 && (
        <>
          <h2 id={tableHeadingId} className="visually-hidden">
            {t('history.pageTitle')}
          </h2>
          <table className="document-table history-table" aria-labelledby={tableHeadingId}>
            <thead>
              <tr>
                <th scope="col">{t('history.columnTime')}</th>
                <th scope="col">{t('history.columnAuthors')}</th>
                <th scope="col">{t('history.columnSize')}</th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((snapshot) => (
                <tr key={snapshot.id}>
                  <th scope="row">
                    <Link href={`/dokument/${documentId}/historik/${snapshot.id}`}>
                      <time dateTime={snapshot.takenAt}>{formatDateTimeExact(snapshot.takenAt)}</time>
                    </Link>
                  </th>
                  <td data-label={t('history.columnAuthors')}>{authorNames(snapshot)}</td>
                  <td data-label={t('history.columnSize')}>
                    {t('history.characters', { count: snapshot.characters, size: formatNumber(snapshot.characters) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  )
}
