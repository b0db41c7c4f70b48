import { useState, type FormEvent } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import { useAppServices } from '../services/useAppServices'
import { describeAuthError, validateNewPassword } from '../auth/describeAuthError'
import { NewPasswordFields } from '../auth/NewPasswordFields'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'

/** `/inbjudan?token=…`: an invited person chooses a password and is signed in. */
export function InvitationPage() {
  usePageTitle(t('invitation.title'))
  const { auth } = useAppServices()
  const [, navigate] = useLocation()
  const inviteToken = new URLSearchParams(useSearch()).get('token') ?? ''
  const [password, setPassword] = useState('')
  const [repeated, setRepeated] = useState('')
  const [errors, setErrors] = useState<{ password?: string; repeated?: string; form?: string }>({})
  const [busy, setBusy] = useState(false)

  if (inviteToken === '') {
    return (
      <div className="page auth-page">
        <h1>{t('invitation.title')}</h1>
        <p className="alert alert--error">{t('invitation.noToken')}</p>
        <p>
          <Link href="/logga-in">{t('setup.toSignIn')}</Link>
        </p>
      </div>
    )
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    const found = validateNewPassword(password, repeated)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    try {
      await auth.acceptInvitation(inviteToken, password)
      navigate('/', { replace: true })
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
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.intro')}</p>
      <form className="form panel" noValidate onSubmit={(event) => void submit(event)}>
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
          {t('invitation.submit')}
        </button>
      </form>
    </div>
  )
}
