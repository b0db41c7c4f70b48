import { useState, type FormEvent } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import { useAppServices } from '../services/useAppServices'
import { describeAuthError, validateNewPassword } from '../auth/describeAuthError'
import { NewPasswordFields } from '../auth/NewPasswordFields'
import { FormField } from '../components/FormField'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'

interface SetupErrors {
  name?: string
  email?: string
  password?: string
  repeated?: string
  form?: string
}

/** `/installera?token=…`: the first start; creates the first administrator with the printed link. */
export function SetupPage() {
  usePageTitle(t('setup.title'))
  const { auth } = useAppServices()
  const [, navigate] = useLocation()
  const setupToken = new URLSearchParams(useSearch()).get('token') ?? ''
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [repeated, setRepeated] = useState('')
  const [errors, setErrors] = useState<SetupErrors>({})
  const [busy, setBusy] = useState(false)

  if (setupToken === '') {
    return (
      <div className="page auth-page">
        <h1>{t('setup.title')}</h1>
        <p className="alert alert--error">{t('setup.noToken')}</p>
        <p>
          <Link href="/logga-in">{t('setup.toSignIn')}</Link>
        </p>
      </div>
    )
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    const found: SetupErrors = {
      ...(name.trim() === '' ? { name: t('validation.nameRequired') } : {}),
      ...(/^\S+@\S+\.\S+$/.test(email.trim()) ? {} : { email: t('auth.emailInvalid') }),
      ...validateNewPassword(password, repeated),
    }
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    try {
      await auth.setup({ setupToken, name: name.trim(), email: email.trim(), password })
      navigate('/administration', { replace: true })
    } catch (error) {
      setErrors({ form: describeAuthError(error) })
      setBusy(false)
    }
  }

  const change = (set: (value: string) => void) => (value: string) => {
    set(value)
    setErrors({})
  }

  return (
    <div className="page auth-page">
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <form className="form panel" noValidate onSubmit={(event) => void submit(event)}>
        <FormField
          label={t('auth.name')}
          autoComplete="name"
          value={name}
          error={errors.name ?? null}
          onChange={change(setName)}
        />
        <FormField
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          value={email}
          error={errors.email ?? null}
          onChange={change(setEmail)}
        />
        <NewPasswordFields
          password={password}
          repeated={repeated}
          errors={errors}
          onPasswordChange={change(setPassword)}
          onRepeatedChange={change(setRepeated)}
        />
        {errors.form !== undefined && (
          <p className="alert alert--error" role="alert">
            {errors.form}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('setup.submit')}
        </button>
      </form>
    </div>
  )
}
