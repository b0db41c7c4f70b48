import { useId, useState, type FormEvent } from 'react'
import { Link, useLocation } from 'wouter'
import type { DocumentId } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { ContentHash } from '../approval/ContentHash'
import { describeApprovalError } from '../approval/describeApprovalError'
import { usePageTitle } from '../hooks/usePageTitle'
import { formatDateTime } from '../i18n/formatDateTime'
import { t } from '../i18n/t'
import { ExportLinks } from './ExportLinks'
import { useVersionList } from './versionQueries'

/** `/dokument/:id/versioner`: every approved version, to view, export or compare. */
export function VersionListPage({ documentId }: { documentId: DocumentId }) {
  const { approval: api } = useAppServices()
  const query = useVersionList(documentId)
  const loaded = query.data
  const title = loaded ? t('versions.title', { title: loaded.document.title }) : null
  usePageTitle(title ?? t('versions.pageTitle'))
  const tableHeadingId = useId()

  return (
    <div className="page versions-page">
      <p className="document-page__back">
        <Link href={`/dokument/${documentId}`}>{t('versions.back')}</Link>
      </p>
      <h1>{title ?? t('versions.pageTitle')}</h1>
      {query.isPending && <p role="status">{t('versions.loading')}</p>}
      {query.isError && (
        <p className="alert alert--error" role="alert">
          {t('versions.failed', { reason: describeApprovalError(query.error) })}
        </p>
      )}
      {loaded && loaded.versions.length === 0 && <p>{t('versions.none')}</p>}
      {loaded && loaded.versions.length > 0 && (
        <>
          <h2 id={tableHeadingId} className="visually-hidden">
            {t('versions.pageTitle')}
          </h2>
          <table className="document-table versions-table" aria-labelledby={tableHeadingId}>
            <thead>
              <tr>
                <th scope="col">{t('versions.columnNumber')}</th>
                <th scope="col">{t('versions.columnApproved')}</th>
                <th scope="col">{t('versions.columnBy')}</th>
                <th scope="col">{t('versions.columnBody')}</th>
                <th scope="col">{t('versions.columnHash')}</th>
                <th scope="col">{t('versions.columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {[...loaded.versions]
                .sort((a, b) => b.number - a.number)
                .map((version) => (
                  <tr key={version.number}>
                    <th scope="row">
                      <Link href={`/dokument/${documentId}/versioner/${version.number}`}>
                        {t('versions.view', { version: version.number })}
                      </Link>
                    </th>
                    <td data-label={t('versions.columnApproved')}>
                      <time dateTime={version.approvedAt}>{formatDateTime(version.approvedAt)}</time>
                    </td>
                    <td data-label={t('versions.columnBy')}>
                      {version.signedBy.length > 0
                        ? version.signedBy.map((signer) => signer.name).join(', ')
                        : version.approvedBy.name}
                    </td>
                    <td data-label={t('versions.columnBody')}>{version.onBehalfOf}</td>
                    <td data-label={t('versions.columnHash')}>
                      <ContentHash hash={version.hash} />
                    </td>
                    <td>
                      <ExportLinks api={api} documentId={documentId} version={version.number} />
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
          {loaded.versions.length > 1 && (
            <CompareForm documentId={documentId} numbers={loaded.versions.map((v) => v.number)} />
          )}
        </>
      )}
    </div>
  )
}

/** Chooses two versions to compare (older and newer by default: the two newest). */
function CompareForm({ documentId, numbers }: { documentId: DocumentId; numbers: number[] }) {
  const sorted = [...numbers].sort((a, b) => a - b)
  const [from, setFrom] = useState(sorted.at(-2) ?? 1)
  const [to, setTo] = useState(sorted.at(-1) ?? 1)
  const [same, setSame] = useState(false)
  const [, navigate] = useLocation()
  const headingId = useId()
  const fromId = useId()
  const toId = useId()
  const errorId = useId()

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    if (from === to) {
      setSame(true)
      return
    }
    navigate(`/dokument/${documentId}/versioner/jamfor/${Math.min(from, to)}/${Math.max(from, to)}`)
  }

  const options = sorted.map((n) => (
    <option key={n} value={n}>
      {n}
    </option>
  ))
  return (
    <section aria-labelledby={headingId} className="panel compare-form">
      <h2 id={headingId}>{t('versions.compareHeading')}</h2>
      <form className="form compare-form__fields" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={fromId}>{t('versions.compareFrom')}</label>
          <select
            id={fromId}
            value={from}
            aria-describedby={same ? errorId : undefined}
            onChange={(event) => {
              setFrom(Number(event.target.value))
              setSame(false)
            }}
          >
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor={toId}>{t('versions.compareTo')}</label>
          <select
            id={toId}
            value={to}
            aria-describedby={same ? errorId : undefined}
            onChange={(event) => {
              setTo(Number(event.target.value))
              setSame(false)
            }}
          >
            {options}
          </select>
        </div>
        {same && (
          <p id={errorId} className="field__error" role="alert">
            {t('versions.compareSame')}
          </p>
        )}
        <div>
          <button type="submit" className="button button--primary">
            {t('versions.compare')}
          </button>
        </div>
      </form>
    </section>
  )
}
