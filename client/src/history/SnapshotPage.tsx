import { useMemo } from 'react'
import { Link } from 'wouter'
import type { DocumentId, JSONContent } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { describeApprovalError } from '../approval/describeApprovalError'
import { useDocumentLock } from '../sync/useDocumentLock'
import { useDocumentSession } from '../sync/useDocumentSession'
import { useExpectedAccess } from '../auth/useExpectedAccess'
import { useLiveQuery } from '../hooks/useLiveQuery'
import { usePageTitle } from '../hooks/usePageTitle'
import { formatDateTimeExact } from '../i18n/formatDateTime'
import type { PlainMessageKey } from '../i18n/messages'
import { t } from '../i18n/t'
import type { ReadOnlyReason } from '../sync/documentLock'
import { diffBodies } from '../versions/diffBodies'
import { ReadOnlyBody } from '../versions/ReadOnlyBody'
import { VersionDiffView } from '../versions/VersionDiffView'
import { authorNames } from './HistoryListPage'
import { RestorePanel } from './RestorePanel'
import { useLiveBody } from './useLiveBody'
import { useSnapshot } from './useDraftHistory'

const REFUSAL: Readonly<Record<ReadOnlyReason, PlainMessageKey>> = {
  approved: 'history.reasonLocked',
  frozen: 'history.reasonLocked',
  readAccess: 'history.reasonReadOnly',
  staleRevision: 'history.reasonNotDraft',
}

/**
 * `/dokument/:id/historik/:snapshotId`: one snapshot read-only, compared with the current text
 * (the document opened as in the editor, so the comparison follows what others write), and its
 * paragraphs or whole text restored into the live document.
 */
export function SnapshotPage({ documentId, snapshotId }: { documentId: DocumentId; snapshotId: string }) {
  const { db } = useAppServices()
  const fetched = useSnapshot(documentId, snapshotId)
  const snapshot = fetched.data
  const { session, snapshot: state } = useDocumentSession(documentId)
  const record = useLiveQuery(() => db.documents.get(documentId), [db, documentId]).value
  const lock = useDocumentLock(session, useExpectedAccess(record?.groupId))
  const ready = session !== null && state !== null && state.phase !== 'loading' && state.meta !== null
  const currentBody = useLiveBody(ready ? session.doc : null)
  const time = snapshot ? formatDateTimeExact(snapshot.takenAt) : ''
  const heading = snapshot ? t('history.snapshotTitle', { time }) : t('history.pageTitle')
  usePageTitle(heading)
  const snapshotBody: JSONContent | undefined = snapshot?.body
  const diff = useMemo(
    () => (snapshotBody && currentBody ? diffBodies(snapshotBody, currentBody) : null),
    [snapshotBody, currentBody],
  )
  const refusal =
    state !== null && state.schemaConflict !== null
      ? t('history.reasonNotDraft')
      : lock.readOnlyReason !== null
        ? t(REFUSAL[lock.readOnlyReason])
        : null

  return (
    <article className="page history-page">
      <p className="document-page__back">
        <Link href={`/dokument/${documentId}/historik`}>{t('history.backToList')}</Link>
      </p>
      <h1>{heading}</h1>
      {fetched.isPending && <p role="status">{t('history.loading')}</p>}
      {fetched.isError && (
        <p className="alert alert--error" role="alert">
          {t('history.failed', { reason: describeApprovalError(fetched.error) })}
        </p>
      )}
      {snapshot !== undefined && snapshotBody !== undefined && (
        <>
          <p className="note">{t('history.readOnly')}</p>
          <p>{t('history.by', { names: authorNames(snapshot) })}</p>
          <section aria-labelledby="history-compare">
            <h2 id="history-compare">{t('history.compareHeading')}</h2>
            {diff === null ? (
              <p role="status">{t('history.compareLoading')}</p>
            ) : (
              <VersionDiffView diff={diff} identical={t('history.identical')} />
            )}
          </section>
          {ready && currentBody !== null && (
            <RestorePanel
              doc={session.doc}
              snapshotBody={snapshotBody}
              currentBody={currentBody}
              time={time}
              refusal={refusal}
            />
          )}
          <section aria-labelledby="history-snapshot">
            <h2 id="history-snapshot">{t('history.snapshotHeading')}</h2>
            <ReadOnlyBody
              body={snapshotBody}
              documentId={documentId}
              documentType={snapshot.type}
              label={t('history.bodyLabel', { time })}
            />
          </section>
        </>
      )}
    </article>
  )
}
