import { Link } from 'wouter'
import type { DocumentId } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { describeApprovalError } from '../approval/describeApprovalError'
import { VersionFacts } from '../approval/VersionFacts'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'
import { ExportLinks } from './ExportLinks'
import { ReadOnlyBody } from './ReadOnlyBody'
import { useApiResource } from './useApiResource'

/** `/dokument/:id/versioner/:n`: one approved version, read-only, exactly as approved. */
export function VersionPage({ documentId, number }: { documentId: DocumentId; number: number }) {
  const { approval: api } = useAppServices()
  const resource = useApiResource(`${documentId}/${number}`, () => api.version(documentId, number))
  const version = resource.state === 'loaded' ? resource.value : null
  const heading = version ? t('versions.versionTitle', { title: version.title, version: number }) : null
  usePageTitle(heading ?? t('versions.pageTitle'))

  return (
    <article className="page version-page">
      <p className="document-page__back">
        <Link href={`/dokument/${documentId}/versioner`}>{t('versions.backToList')}</Link>
      </p>
      <h1>{heading ?? t('versions.pageTitle')}</h1>
      {resource.state === 'loading' && <p role="status">{t('versions.loading')}</p>}
      {resource.state === 'failed' && (
        <p className="alert alert--error" role="alert">
          {t('versions.failed', { reason: describeApprovalError(resource.error) })}
        </p>
      )}
      {version !== null && (
        <>
          <p className="note">{t('versions.readOnly')}</p>
          <VersionFacts version={version} />
          <h2 className="version-page__export">{t('versions.export')}</h2>
          <ExportLinks api={api} documentId={documentId} version={number} />
          <ReadOnlyBody
            body={version.body}
            documentId={documentId}
            documentType={version.type}
            label={t('versions.bodyLabel', { version: number })}
          />
        </>
      )}
    </article>
  )
}
