import type { DocumentId } from '@samskriv/shared'
import { EXPORT_FORMATS, type ApprovalApi, type ExportFormat } from '../api/ApprovalApi'
import { t } from '../i18n/t'

const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = { pdf: 'PDF', md: 'Markdown', html: 'HTML' }

/** Download links for an approved version: PDF, Markdown and HTML. */
export function ExportLinks({
  api,
  documentId,
  version,
}: {
  api: ApprovalApi
  documentId: DocumentId
  version: number
}) {
  return (
    <ul className="export-links">
      {EXPORT_FORMATS.map((format) => (
        <li key={format}>
          <a
            className="button button--small"
            href={api.exportUrl(documentId, version, format)}
            download
            aria-label={t('versions.exportNamed', { version, format: FORMAT_NAMES[format] })}
          >
            {FORMAT_NAMES[format]}
          </a>
        </li>
      ))}
    </ul>
  )
}
