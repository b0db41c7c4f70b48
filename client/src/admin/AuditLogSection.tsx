import { useId } from 'react'
import { useAppServices } from '../app/useAppServices'
import { describeAuthError } from '../auth/describeAuthError'
import { useApiResource } from '../hooks/useApiResource'
import { formatDateTime } from '../i18n/formatDateTime'
import { t } from '../i18n/t'
import { describeAuditAction } from './describeAuditAction'

/** The audit log, newest first: when, who, what, and what it concerned. */
export function AuditLogSection() {
  const { admin } = useAppServices()
  const entries = useApiResource(() => admin.audit(), [admin])
  const users = useApiResource(() => admin.users(), [admin])
  const groups = useApiResource(() => admin.groups(), [admin])
  const headingId = useId()
  const names = new Map<string, string>([
    ...(users.value ?? []).map((user) => [user.id, user.name] as const),
    ...(groups.value ?? []).map((group) => [group.id, group.name] as const),
  ])

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.auditHeading')}</h2>
      {entries.error !== null && (
        <p className="alert alert--error" role="alert">
          {describeAuthError(entries.error)}
        </p>
      )}
      {entries.value === undefined ? (
        entries.error === null && <p>{t('admin.loading')}</p>
      ) : entries.value.length === 0 ? (
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
              {entries.value.map((entry, index) => (
                <tr key={`${entry.at}-${index}`}>
                  <td>
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td>
                    {entry.actorId === null ? t('admin.auditSystem') : (names.get(entry.actorId) ?? entry.actorId)}
                  </td>
                  <td>{describeAuditAction(entry.action)}</td>
                  <td>{names.get(entry.subject) ?? entry.subject}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
