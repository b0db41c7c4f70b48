import { useId } from 'react'
import type { Invitation } from '@samskriv/shared'
import { formatDateTime } from '../i18n/formatDateTime'
import { t } from '../i18n/t'

const KIND = { invitation: 'admin.kind.invitation', reset: 'admin.kind.reset' } as const
const STATE = {
  pending: 'admin.state.pending',
  used: 'admin.state.used',
  expired: 'admin.state.expired',
  revoked: 'admin.state.revoked',
} as const

/** Every invitation and password link with its state: waiting, used, expired or replaced. */
export function InvitationsTable({ invitations }: { invitations: Invitation[] }) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.invitationsHeading')}</h2>
      {invitations.length === 0 ? (
        <p>{t('admin.invitationsEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table" aria-labelledby={headingId} data-testid="invitations">
            <thead>
              <tr>
                <th scope="col">{t('auth.name')}</th>
                <th scope="col">{t('admin.columnKind')}</th>
                <th scope="col">{t('admin.columnState')}</th>
                <th scope="col">{t('admin.columnCreated')}</th>
                <th scope="col">{t('admin.columnExpires')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">{t('admin.personOption', { name: invitation.userName, email: invitation.email })}</th>
                  <td>{t(KIND[invitation.kind])}</td>
                  <td>{t(STATE[invitation.state])}</td>
                  <td>
                    <time dateTime={invitation.createdAt}>{formatDateTime(invitation.createdAt)}</time>
                  </td>
                  <td>
                    <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt)}</time>
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
