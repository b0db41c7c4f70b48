import { useId, useState, type FormEvent } from 'react'
import { useAppServices } from '../services/useAppServices'
import { describeAuthError, validateNewPassword } from '../auth/describeAuthError'
import { NewPasswordFields } from '../auth/NewPasswordFields'
import { SessionsSection } from '../auth/SessionsSection'
import { FormField } from '../components/FormField'
import { useAuth } from '../auth/useAuth'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'

interface PasswordErrors {
  current?: string
  password?: string
  repeated?: string
  form?: string
}

/** `/konto`: one's own account: change the password, see and end one's sign-ins. */
export function AccountPage() {
  usePageTitle(t('account.title'))
  const { authApi } = useAppServices()
  const { mode } = useAuth()
  const [current, setCurrent] = useState('')
  const [password, setPassword] = useState('')
  const [repeated, setRepeated] = useState('')
  const [errors, setErrors] = useState<PasswordErrors>({})
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const [generation, setGeneration] = useState(0)
  const headingId = useId()
  const user = mode.kind === 'signedIn' ? mode.user : null

  async function change(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    setStatus('')
    const found: PasswordErrors = {
      ...(current === '' ? { current: t('account.currentRequired') } : {}),
      ...validateNewPassword(password, repeated, user ?? {}),
    }
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    try {
      await authApi.changePassword(current, password)
      setCurrent('')
      setPassword('')
      setRepeated('')
      setStatus(t('account.passwordChanged'))
      setGeneration((n) => n + 1)
    } catch (error) {
      setErrors({ form: describeAuthError(error) })
    } finally {
      setBusy(false)
    }
  }

  const edit = (set: (value: string) => void) => (value: string) => {
    set(value)
    setErrors({})
  }

  return (
    <div className="page auth-page">
      <h1>{t('account.title')}</h1>
      {user !== null && (
        <p>
          {user.name} ({user.email})
        </p>
      )}
      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('account.passwordHeading')}</h2>
        <form className="form" noValidate onSubmit={(event) => void change(event)}>
          <FormField
            label={t('account.currentPassword')}
            type="password"
            autoComplete="current-password"
            value={current}
            error={errors.current ?? null}
            onChange={edit(setCurrent)}
          />
          <NewPasswordFields
            password={password}
            repeated={repeated}
            errors={errors}
            onPasswordChange={edit(setPassword)}
            onRepeatedChange={edit(setRepeated)}
          />
          {errors.form !== undefined && (
            <p className="alert alert--error" role="alert">
              {errors.form}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('account.changePassword')}
          </button>
        </form>
        <p role="status" className="admin-status">
          {status}
        </p>
      </section>
      <SessionsSection key={generation} />
    </div>
  )
}
