import { useState } from 'react'
import { Link, useLocation } from 'wouter'
import { t } from '../i18n/t'
import { canAdminister } from '../auth/canAdminister'
import { useAuth } from '../auth/useAuth'
import { useUserProfile } from '../presence/useUserProfile'
import { TodoNavLink } from '../todos/TodoNavLink'
import { NameDialog } from './NameDialog'
import { UserMenu } from './UserMenu'

const NAV_ITEMS = [
  { href: '/', label: 'nav.documents' },
  { href: '/beslut', label: 'nav.decisions' },
  { href: '/aktiviteter', label: 'nav.activities' },
  { href: '/papperskorg', label: 'nav.trash' },
] as const

const PUBLIC_PATHS = new Set(['/logga-in', '/installera', '/inbjudan'])

/**
 * The banner: the app's name, the main navigation and who the user is. Signed in, the account's
 * menu (and administration for administrators and coordinators); while the server runs open, the
 * name on this device, asked for on first use before anything else.
 */
export function AppHeader() {
  const [location] = useLocation()
  const profile = useUserProfile()
  const { mode, snapshot } = useAuth()
  const [editingName, setEditingName] = useState(false)
  // Sign-in, first start and invitations ask for a name (or need none) themselves.
  const open = mode.kind === 'open' && !PUBLIC_PATHS.has(location)
  const navItems =
    mode.kind === 'signedIn' && canAdminister(snapshot.me)
      ? [...NAV_ITEMS, { href: '/administration', label: 'nav.admin' } as const]
      : NAV_ITEMS
  if (mode.kind === 'loading' || mode.kind === 'signedOut' || mode.kind === 'setup') {
    return (
      <header className="app-header">
        <div className="app-header__inner">
          <span className="app-header__brand">{t('app.name')}</span>
        </div>
      </header>
    )
  }

  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link href="/" className="app-header__brand">
          {t('app.name')}
        </Link>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            {navItems.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={
                    location === item.href || (item.href !== '/' && location.startsWith(`${item.href}/`))
                      ? 'page'
                      : undefined
                  }
                >
                  {t(item.label)}
                </Link>
              </li>
            ))}
            {mode.kind === 'signedIn' && (
              <li>
                <TodoNavLink current={location === '/att-gora'} />
              </li>
            )}
          </ul>
        </nav>
        {mode.kind === 'signedIn' && <UserMenu user={mode.user} />}
        {open && profile !== undefined && (
          <button type="button" className="app-header__user" onClick={() => setEditingName(true)}>
            {profile === null ? (
              t('header.setName')
            ) : (
              <>
                <span className="presence-dot" style={{ backgroundColor: profile.color }} aria-hidden="true" />
                <span>{t('header.user', { name: profile.name })}</span>
                <span className="app-header__user-action">{t('header.changeName')}</span>
              </>
            )}
          </button>
        )}
      </div>
      {open && (profile === null || editingName) && (
        <NameDialog current={profile ?? null} onDone={() => setEditingName(false)} />
      )}
    </header>
  )
}
