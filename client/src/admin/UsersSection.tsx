import { useId, useState, type FormEvent } from 'react'
import { useAppServices } from '../app/useAppServices'
import { describeAuthError } from '../auth/describeAuthError'
import { FormField } from '../components/FormField'
import { useApiResource } from '../hooks/useApiResource'
import { t } from '../i18n/t'
import { InvitationLink } from './InvitationLink'

/** People: invite someone (the one-time link is shown to copy), and everyone with an account. */
export function UsersSection() {
  const { admin } = useAppServices()
  const users = useApiResource(() => admin.users(), [admin])
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [isAdmin, setIsAdmin] = useState(false)
  const [errors, setErrors] = useState<{ name?: string; email?: string; form?: string }>({})
  const [invited, setInvited] = useState<{ name: string; url: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const headingId = useId()
  const listHeadingId = useId()
  const adminId = useId()

  async function invite(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    const found = {
      ...(name.trim() === '' ? { name: t('validation.nameRequired') } : {}),
      ...(/^\S+@\S+\.\S+$/.test(email.trim()) ? {} : { email: t('auth.emailInvalid') }),
    }
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    try {
      const { user, inviteUrl } = await admin.invite({ name: name.trim(), email: email.trim(), isAdmin })
      setInvited({ name: user.name, url: inviteUrl })
      setName('')
      setEmail('')
      setIsAdmin(false)
      users.reload()
    } catch (error) {
      setErrors({ form: describeAuthError(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('admin.inviteHeading')}</h2>
        <form className="form" noValidate onSubmit={(event) => void invite(event)}>
          <FormField
            label={t('auth.name')}
            value={name}
            error={errors.name ?? null}
            onChange={(value) => {
              setName(value)
              setErrors({})
            }}
          />
          <FormField
            label={t('auth.email')}
            type="email"
            value={email}
            error={errors.email ?? null}
            onChange={(value) => {
              setEmail(value)
              setErrors({})
            }}
          />
          <div className="checkbox-field">
            <input
              id={adminId}
              type="checkbox"
              checked={isAdmin}
              onChange={(event) => setIsAdmin(event.target.checked)}
            />
            <label htmlFor={adminId}>{t('admin.inviteAsAdmin')}</label>
          </div>
          {errors.form !== undefined && (
            <p className="alert alert--error" role="alert">
              {errors.form}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('admin.invite')}
          </button>
        </form>
        {invited !== null && <InvitationLink key={invited.url} name={invited.name} url={invited.url} />}
      </section>
      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId}>{t('admin.usersHeading')}</h2>
        {users.error !== null && (
          <p className="alert alert--error" role="alert">
            {describeAuthError(users.error)}
          </p>
        )}
        {users.value === undefined ? (
          users.error === null && <p>{t('admin.loading')}</p>
        ) : (
          <table className="admin-table" aria-labelledby={listHeadingId}>
            <thead>
              <tr>
                <th scope="col">{t('auth.name')}</th>
                <th scope="col">{t('auth.email')}</th>
                <th scope="col">{t('admin.columnAdmin')}</th>
              </tr>
            </thead>
            <tbody>
              {users.value.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.name}</th>
                  <td>{user.email}</td>
                  <td>{user.isAdmin ? t('admin.yes') : t('admin.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  )
}
