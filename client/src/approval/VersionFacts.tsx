import type { VersionSummary } from '@samskriv/shared'
import { formatDateTime } from '../i18n/formatDateTime'
import { t } from '../i18n/t'
import { LinkedDecisionSummary } from '../registers/LinkedDecisionSummary'
import { ContentHash } from './ContentHash'

/** Who approved a version, when, for which body, the approving decision and its content hash. */
export function VersionFacts({ version }: { version: VersionSummary }) {
  const signers = version.signedBy.map((s) => s.name).join(', ')
  return (
    <dl className="version-facts">
      <div>
        <dt>{t('versions.columnApproved')}</dt>
        <dd>
          {version.approvedBy.name}, <time dateTime={version.approvedAt}>{formatDateTime(version.approvedAt)}</time>
          {` (${t(version.method === 'justering' ? 'versions.method.justering' : 'versions.method.coordinator')})`}
        </dd>
      </div>
      <div>
        <dt>{t('versions.columnBody')}</dt>
        <dd>{version.onBehalfOf}</dd>
      </div>
      {signers !== '' && (
        <div>
          <dt>{t('versions.method.justering')}</dt>
          <dd>{t('status.signedBy', { names: signers })}</dd>
        </div>
      )}
      {version.decision !== null && (
        <div>
          <dt>{t('status.decision')}</dt>
          <dd>
            <LinkedDecisionSummary decisionId={version.decision.decisionId} />
          </dd>
        </div>
      )}
      <div>
        <dt>{t('status.hashLabel')}</dt>
        <dd>
          <ContentHash hash={version.hash} />
        </dd>
      </div>
    </dl>
  )
}
