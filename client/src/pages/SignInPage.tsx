import { useState, type FormEvent } from 'react'
import { Redirect, useSearch } from 'wouter'
import { useAppServices } from '../services/useAppServices'
import { describeAuthError } from '../auth/describeAuthError'
import { safeReturnPath } from '../auth/safeReturnPath'
import { SIGN_OUT_OUTCOMES } from '../auth/signOut/signOutOfDevice'
import { FormField } from '../components/FormField'
import { useAuth } from '../auth/useAuth'
import { useOnlineStatus } from '../hooks/useOnlineStatus'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'

const SIGNED_OUT_MESSAGES = {
  removed: 'signOut.doneRemoved',
  kept: 'signOut.doneKept',
  keptUnsynced: 'signOut.doneKeptUnsynced',
  removeFailed: 'signOut.doneRemoveFailed',
} as const

/**
 * `/logga-in`: e-mail and password; back to where the person was going (`?till=`). After a sign-out
 * (`?utloggad=`) it says what became of this device's copies.
 */
export function SignInPage() {
  usePageTitle(t('signIn.title'))
  const { auth } = useAppServices()
  const { mode } = useAuth()
  const online = useOnlineStatus()
  const search = new URLSearchParams(useSearch())
  const returnTo = safeReturnPath(search.get('till'))
  const signedOut = SIGN_OUT_OUTCOMES.find((outcome) => outcome === search.get('utloggad')) ?? null
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({})
  const [busy, setBusy] = useState(false)

  if (mode.kind === 'signedIn' || mode.kind === 'open') return <Redirect to={returnTo} replace />

  async function signIn(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    const missing = {
      ...(email.trim() === '' ? { email: t('signIn.emailRequired') } : {}),
      ...(password === '' ? { password: t('signIn.passwordRequired') } : {}),
    }
    setErrors(missing)
    if (Object.keys(missing).length > 0) return
    setBusy(true)
    try {
      await auth.signIn(email.trim(), password)
    } catch (error) {
      setErrors({ form: describeAuthError(error) })
      setBusy(false)
    }
  }

  return (
    <div className="page auth-page">
      <h1>{t('signIn.title')}</h1>
      {signedOut !== null && (
        <p className={signedOut === 'removed' || signedOut === 'kept' ? 'alert' : 'alert alert--error'} role="status">
          {t(SIGNED_OUT_MESSAGES[signedOut])}
        </p>
      )}
      {!online && <p className="alert">{t('signIn.offline')}</p>}
      <form className="form panel" noValidate onSubmit={(event) => void signIn(event)}>
        <FormField
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          value={email}
          error={errors.email ?? null}
          onChange={(value) => {
            setEmail(value)
            setErrors({})
          }}
        />
        <FormField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          error={errors.password ?? null}
          onChange={(value) => {
            setPassword(value)
            setErrors({})
          }}
        />
        {errors.form !== undefined && (
          <p className="alert alert--error" role="alert" data-testid="sign-in-error">
            {errors.form}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
      <p>{t('signIn.help')}</p>
    </div>
  )
}
