import { Link } from 'wouter'
import type { DocumentId } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { describeApprovalError } from '../approval/describeApprovalError'
import { VersionFacts } from '../approval/VersionFacts'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'
import { ExportLinks } from './ExportLinks'
import { approvalFactsOf } from '../reading/DocumentReadingBody'
import { ReadingBody } from '../reading/ReadingBody'
import { useVersion } from './versionQueries'

/** `/dokument/:id/versioner/:n`: one approved version in the reading view, exactly as approved, with its signatures. */
export function VersionPage({ documentId, number }: { documentId: DocumentId; number: number }) {
  const { approval: api } = useAppServices()
  const query = useVersion(documentId, number)
  const version = query.data ?? null
  const heading = version ? t('versions.versionTitle', { title: version.title, version: number }) : null
  usePageTitle(heading ?? t('versions.pageTitle'))

  return (
    <article className="page version-page">
      <p className="document-page__back">
        <Link href={`/dokument/${documentId}/versioner`}>{t('versions.backToList')}</Link>
      </p>
      <h1>{heading ?? t('versions.pageTitle')}</h1>
      {query.isPending && <p role="status">{t('versions.loading')}</p>}
      {query.isError && (
        <p className="alert alert--error" role="alert">
          {t('versions.failed', { reason: describeApprovalError(query.error) })}
        </p>
      )}
      {version !== null && (
        <>
          <p className="note">{t('versions.readOnly')}</p>
          <div className="version-page__bar">
            <h2 className="version-page__export">{t('versions.export')}</h2>
            <ExportLinks api={api} documentId={documentId} version={number} />
          </div>
          <details className="disclosure">
            <summary>{t('approval.details')}</summary>
            <VersionFacts version={version} />
          </details>
          <ReadingBody
            body={version.body}
            approval={approvalFactsOf(version)}
            label={t('versions.bodyLabel', { version: number })}
          />
        </>
      )}
    </article>
  )
}
