import { useState, type MouseEvent } from 'react'
import type { DocumentId } from '@samskriv/shared'
import { ApiRequestError } from '../api/ApiRequestError'
import { EXPORT_FORMATS, type ApprovalApi, type ExportFormat } from '../api/ApprovalApi'
import { t } from '../i18n/t'

const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = { pdf: 'PDF', md: 'Markdown', html: 'HTML' }

/** Why an export could not be downloaded, for people. */
function describeExportError(error: unknown, format: ExportFormat): string {
  if (error instanceof ApiRequestError && error.code === 'export_too_large')
    return t('versions.exportTooLarge', { format: FORMAT_NAMES[format] })
  if (error instanceof ApiRequestError && error.code === 'export_busy') return t('versions.exportBusy')
  return t('versions.exportFailed')
}

/**
 * Download links for an approved version: PDF, Markdown and HTML. A click fetches the file, so a
 * refusal (too large to export, the server busy) is said here instead of downloaded as a file.
 */
export function ExportLinks({
  api,
  documentId,
  version,
}: {
  api: ApprovalApi
  documentId: DocumentId
  version: number
}) {
  const [error, setError] = useState<string | null>(null)
  const download = (event: MouseEvent<HTMLAnchorElement>, format: ExportFormat) => {
    event.preventDefault()
    setError(null)
    api.exportFile(documentId, version, format).then(
      ({ blob, fileName }) => {
        const href = URL.createObjectURL(blob)
        const link = document.createElement('a')
        link.href = href
        link.download = fileName
        link.click()
        setTimeout(() => URL.revokeObjectURL(href), 60_000)
      },
      (failure: unknown) => setError(describeExportError(failure, format)),
    )
  }
  return (
    <>
      <ul className="export-links">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a
              className="button button--small"
              href={api.exportUrl(documentId, version, format)}
              download
              onClick={(event) => download(event, format)}
              aria-label={t('versions.exportNamed', { version, format: FORMAT_NAMES[format] })}
            >
              {FORMAT_NAMES[format]}
            </a>
          </li>
        ))}
      </ul>
      {error !== null && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}
