import { useState } from 'react'
import type { User } from '@samskriv/shared'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { t } from '../i18n/t'

/** What an administrator does to an account from its row. */
export type UserAction = 'link' | 'disable' | 'enable' | 'grantAdmin' | 'withdrawAdmin' | 'endSessions'

const STATUS = {
  active: 'admin.status.active',
  invited: 'admin.status.invited',
  disabled: 'admin.status.disabled',
} as const

/**
 * Every account with its status and the actions on it: a new invitation (no password yet) or a
 * reset link, administrator rights, signing out everywhere, disabling (confirmed first) and
 * re-enabling. One's own account cannot be disabled from here.
 */
export function UserTable({
  users,
  selfId,
  labelledBy,
  onAction,
}: {
  users: User[]
  selfId: string | null
  labelledBy: string
  onAction: (user: User, action: UserAction) => void
}) {
  const [disabling, setDisabling] = useState<User | null>(null)
  return (
    <div className="table-scroll">
      <table className="admin-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('auth.name')}</th>
            <th scope="col">{t('auth.email')}</th>
            <th scope="col">{t('admin.columnStatus')}</th>
            <th scope="col">{t('admin.columnAdmin')}</th>
            <th scope="col">{t('admin.personActions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const button = (action: UserAction, text: string, label: string) => (
              <button
                type="button"
                className="button button--small"
                aria-label={label}
                onClick={() => (action === 'disable' ? setDisabling(user) : onAction(user, action))}
              >
                {text}
              </button>
            )
            const name = { name: user.name }
            return (
              <tr key={user.id} data-testid="user-row">
                <th scope="row">{user.name}</th>
                <td>{user.email}</td>
                <td>{t(STATUS[user.status])}</td>
                <td>{user.isAdmin ? t('admin.yes') : t('admin.no')}</td>
                <td>
                  <div className="document-table__actions">
                    {user.status === 'invited' &&
                      button('link', t('admin.newInvitation'), t('admin.newInvitationLabel', name))}
                    {user.status === 'active' && button('link', t('admin.resetLink'), t('admin.resetLinkLabel', name))}
                    {user.status !== 'disabled' &&
                      (user.isAdmin
                        ? button('withdrawAdmin', t('admin.removeAdmin'), t('admin.removeAdminLabel', name))
                        : button('grantAdmin', t('admin.makeAdmin'), t('admin.makeAdminLabel', name)))}
                    {user.status === 'active' &&
                      button('endSessions', t('admin.endSessions'), t('admin.endSessionsLabel', name))}
                    {user.status === 'disabled'
                      ? button('enable', t('admin.enable'), t('admin.enableLabel', name))
                      : user.id !== selfId && button('disable', t('admin.disable'), t('admin.disableLabel', name))}
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {disabling !== null && (
        <ConfirmDialog
          title={t('admin.disableTitle', { name: disabling.name })}
          text={t('admin.disableText')}
          confirmLabel={t('admin.disable')}
          cancelLabel={t('list.cancel')}
          onCancel={() => setDisabling(null)}
          onConfirm={() => {
            const user = disabling
            setDisabling(null)
            onAction(user, 'disable')
          }}
        />
      )}
    </div>
  )
}
