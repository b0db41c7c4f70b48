import { useMemo } from 'react'
import { Link } from 'wouter'
import type { DocumentId } from '@samskriv/shared'
import { describeApprovalError } from '../approval/describeApprovalError'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'
import { diffBodies } from './diffBodies'
import { useVersion } from './versionQueries'
import { VersionDiffView } from './VersionDiffView'

/** `/dokument/:id/versioner/jamfor/:from/:to`: what changed from one approved version to another. */
export function VersionComparePage({ documentId, from, to }: { documentId: DocumentId; from: number; to: number }) {
  const older = useVersion(documentId, from)
  const newer = useVersion(documentId, to)
  const failure = older.error ?? newer.error
  const diff = useMemo(
    () => (older.data && newer.data ? diffBodies(older.data.body, newer.data.body) : null),
    [older.data, newer.data],
  )
  const heading = t('compare.title', { from, to })
  usePageTitle(heading)

  return (
    <article className="page compare-page">
      <p className="document-page__back">
        <Link href={`/dokument/${documentId}/versioner`}>{t('versions.backToList')}</Link>
      </p>
      <h1>{heading}</h1>
      {(older.isPending || newer.isPending) && failure === null && <p role="status">{t('versions.loading')}</p>}
      {failure !== null && (
        <p className="alert alert--error" role="alert">
          {t('versions.failed', { reason: describeApprovalError(failure) })}
        </p>
      )}
      {diff !== null && <VersionDiffView diff={diff} />}
    </article>
  )
}
