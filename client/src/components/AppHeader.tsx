import { useState } from 'react'
import { Link, useLocation } from 'wouter'
import { t } from '../i18n/t'
import { useUserProfile } from '../hooks/useUserProfile'
import { NameDialog } from './NameDialog'

const NAV_ITEMS = [
  { href: '/', label: 'nav.documents' },
  { href: '/beslut', label: 'nav.decisions' },
  { href: '/aktiviteter', label: 'nav.activities' },
  { href: '/papperskorg', label: 'nav.trash' },
] as const

/**
 * The banner: the app's name, the main navigation and who the user is. On first use (no name
 * stored) it asks for the name before anything else.
 */
export function AppHeader() {
  const [location] = useLocation()
  const profile = useUserProfile()
  const [editingName, setEditingName] = useState(false)

  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link href="/" className="app-header__brand">
          {t('app.name')}
        </Link>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={location === item.href ? 'page' : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {profile !== undefined && (
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
      {(profile === null || editingName) && (
        <NameDialog current={profile ?? null} onDone={() => setEditingName(false)} />
      )}
    </header>
  )
}
