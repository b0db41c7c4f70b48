import { useId, useState, type FormEvent } from 'react'
import type { User } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { describeAuthError } from '../auth/describeAuthError'
import { FormField } from '../components/FormField'
import { queryKeys } from '../api/queryKeys'
import { useInvalidate, useInvitations, useUsers } from './adminQueries'
import { useAuth } from '../auth/useAuth'
import { t } from '../i18n/t'
import { InvitationLink } from './InvitationLink'
import { InvitationsTable } from './InvitationsTable'
import { UserTable, type UserAction } from './UserTable'

/** A one-time link just issued, shown once to copy. */
interface IssuedLink {
  name: string
  url: string
  intro: string
  label: string
}

/**
 * People: invite someone (the one-time link is shown to copy), everyone with an account and what
 * an administrator does to each (links, rights, disabling, signing out), and every link issued.
 */
export function UsersSection() {
  const { admin } = useAppServices()
  const { mode } = useAuth()
  const users = useUsers()
  const invitations = useInvitations()
  const invalidate = useInvalidate()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [isAdmin, setIsAdmin] = useState(false)
  const [errors, setErrors] = useState<{ name?: string; email?: string; form?: string }>({})
  const [issued, setIssued] = useState<IssuedLink | null>(null)
  const [status, setStatus] = useState('')
  const [actionError, setActionError] = useState<string | null>(null)
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
      setIssued({
        name: user.name,
        url: inviteUrl,
        intro: t('admin.invited', { name: user.name }),
        label: t('admin.inviteLink'),
      })
      setName('')
      setEmail('')
      setIsAdmin(false)
      invalidate(queryKeys.users, queryKeys.invitations)
    } catch (error) {
      setErrors({ form: describeAuthError(error) })
    } finally {
      setBusy(false)
    }
  }

  async function act(user: User, action: UserAction): Promise<void> {
    setStatus('')
    setActionError(null)
    try {
      const done = await perform(user, action)
      if (done !== null) setStatus(done)
      invalidate(queryKeys.users, queryKeys.invitations)
    } catch (error) {
      setActionError(describeAuthError(error))
    }
  }

  async function perform(user: User, action: UserAction): Promise<string | null> {
    const who = { name: user.name }
    switch (action) {
      case 'link': {
        const { link, invitation } = await admin.issueLink(user.id)
        const reset = invitation.kind === 'reset'
        setIssued({
          name: user.name,
          url: link,
          intro: reset ? t('admin.resetIssued', who) : t('admin.reinvited', who),
          label: reset ? t('admin.resetLink') : t('admin.inviteLink'),
        })
        return null
      }
      case 'disable':
        await admin.updateUser(user.id, { disabled: true })
        return t('admin.disabledDone', who)
      case 'enable':
        await admin.updateUser(user.id, { disabled: false })
        return t('admin.enabledDone', who)
      case 'grantAdmin':
        await admin.updateUser(user.id, { isAdmin: true })
        return t('admin.adminGranted', who)
      case 'withdrawAdmin':
        await admin.updateUser(user.id, { isAdmin: false })
        return t('admin.adminWithdrawn', who)
      case 'endSessions':
        return t('admin.sessionsEnded', { ...who, count: await admin.endSessions(user.id) })
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
        {issued !== null && <InvitationLink key={issued.url} {...issued} />}
      </section>
      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId}>{t('admin.usersHeading')}</h2>
        <p role="status" className="admin-status">
          {status}
        </p>
        {(actionError ?? users.error) !== null && (
          <p className="alert alert--error" role="alert">
            {actionError ?? describeAuthError(users.error)}
          </p>
        )}
        {users.data === undefined ? (
          users.error === null && <p>{t('admin.loading')}</p>
        ) : (
          <UserTable
            users={users.data}
            selfId={mode.kind === 'signedIn' ? mode.user.id : null}
            labelledBy={listHeadingId}
            onAction={(user, action) => void act(user, action)}
          />
        )}
      </section>
      {invitations.data !== undefined && <InvitationsTable invitations={invitations.data} />}
    </>
  )
}
