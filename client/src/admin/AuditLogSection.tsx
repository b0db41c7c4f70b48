import { useId } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'wouter'
import { AUDIT_ROUTES, type AuditEntryView } from '@samskriv/shared'
import { callRoute } from '../api/callRoute'
import { queryKeys } from '../api/queryKeys'
import { useAppServices } from '../services/useAppServices'
import { describeAuthError } from '../auth/describeAuthError'
import { formatDateTime } from '../i18n/formatDateTime'
import { t } from '../i18n/t'
import { describeAuditAction } from './describeAuditAction'

/**
 * What an entry concerns: the document, person or group by its title or name, linked to it (`~`:
 * from the site's root, outside the administration's nested routes).
 */
function AuditSubject({ subject }: { subject: AuditEntryView['subject'] }) {
  switch (subject.kind) {
    case 'document':
      return <Link href={`~/dokument/${encodeURIComponent(subject.id)}`}>{subject.name}</Link>
    case 'group':
      return <Link href={`~/administration/grupper/${encodeURIComponent(subject.id)}`}>{subject.name}</Link>
    case 'user':
      return <Link href="~/administration/personer">{subject.name}</Link>
    case 'other':
      return <>{subject.id}</>
  }
}

/** The audit log, newest first: when, who, what, and what it concerned (by title and name, linked). */
export function AuditLogSection() {
  const { fetch } = useAppServices()
  const entries = useQuery({
    queryKey: queryKeys.audit,
    queryFn: async () => (await callRoute(fetch, AUDIT_ROUTES.list, {})).entries,
  })
  const headingId = useId()

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.auditHeading')}</h2>
      {entries.error !== null && (
        <p className="alert alert--error" role="alert">
          {describeAuthError(entries.error)}
        </p>
      )}
      {entries.data === undefined ? (
        entries.error === null && <p>{t('admin.loading')}</p>
      ) : entries.data.length === 0 ? (
        <p>{t('admin.auditEmpty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.auditWhen')}</th>
                <th scope="col">{t('admin.auditWho')}</th>
                <th scope="col">{t('admin.auditWhat')}</th>
                <th scope="col">{t('admin.auditSubject')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.data.map((entry, index) => (
                <tr key={`${entry.at}-${index}`}>
                  <td>
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td>{entry.actor === null ? t('admin.auditSystem') : entry.actor.name}</td>
                  <td>{describeAuditAction(entry.action)}</td>
                  <td data-subject-kind={entry.subject.kind}>
                    <AuditSubject subject={entry.subject} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
