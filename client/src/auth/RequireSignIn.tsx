import type { ReactNode } from 'react'
import { Redirect, useLocation, useSearch } from 'wouter'
import { useAuth } from './useAuth'
import { t } from '../i18n/t'
import { SetupNeeded } from './SetupNeeded'

/**
 * Renders its children unless the server has accounts and nobody is signed in on this device:
 * then it sends the person to sign in, and back here afterwards. A device that was signed in keeps
 * its pages while the server is out of reach (see `authMode`). A server that is not set up yet
 * says how to finish the setup instead.
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { mode } = useAuth()
  const [location] = useLocation()
  const search = useSearch()
  if (mode.kind === 'loading') return <p className="page">{t('auth.loading')}</p>
  if (mode.kind === 'setup') return <SetupNeeded />
  if (mode.kind === 'signedOut') {
    const here = search === '' ? location : `${location}?${search}`
    return <Redirect to={`/logga-in?till=${encodeURIComponent(here)}`} replace />
  }
  return children
}
