import { useMemo } from 'react'
import { Link } from 'wouter'
import type { DocumentId } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { describeApprovalError } from '../approval/describeApprovalError'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'
import { diffBodies } from './diffBodies'
import { useApiResource } from './useApiResource'
import { VersionDiffView } from './VersionDiffView'

/** `/dokument/:id/versioner/jamfor/:from/:to`: what changed from one approved version to another. */
export function VersionComparePage({ documentId, from, to }: { documentId: DocumentId; from: number; to: number }) {
  const { approval: api } = useAppServices()
  const resource = useApiResource(`${documentId}/${from}/${to}`, () =>
    Promise.all([api.version(documentId, from), api.version(documentId, to)]),
  )
  const diff = useMemo(
    () => (resource.state === 'loaded' ? diffBodies(resource.value[0].body, resource.value[1].body) : null),
    [resource],
  )
  const heading = t('compare.title', { from, to })
  usePageTitle(heading)

  return (
    <article className="page compare-page">
      <p className="document-page__back">
        <Link href={`/dokument/${documentId}/versioner`}>{t('versions.backToList')}</Link>
      </p>
      <h1>{heading}</h1>
      {resource.state === 'loading' && <p role="status">{t('versions.loading')}</p>}
      {resource.state === 'failed' && (
        <p className="alert alert--error" role="alert">
          {t('versions.failed', { reason: describeApprovalError(resource.error) })}
        </p>
      )}
      {diff !== null && <VersionDiffView diff={diff} />}
    </article>
  )
}
