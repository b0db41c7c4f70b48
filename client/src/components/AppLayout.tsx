import { useEffect, useRef, type ReactNode } from 'react'
import { useLocation } from 'wouter'
import { UnsyncedStorageWarning } from '../device/UnsyncedStorageWarning'
import { t } from '../i18n/t'
import { AppFooter } from './AppFooter'
import { AppHeader } from './AppHeader'

/**
 * The page frame: skip link, banner, main and footer. After an in-app navigation focus moves to
 * the main region, so keyboard and screen reader users start at the new page's content.
 */
export function AppLayout({ children }: { children: ReactNode }) {
  const [location] = useLocation()
  const mainRef = useRef<HTMLElement>(null)
  const previousLocation = useRef(location)

  useEffect(() => {
    if (previousLocation.current === location) return
    previousLocation.current = location
    mainRef.current?.focus()
  }, [location])

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <AppHeader />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <UnsyncedStorageWarning />
        {children}
      </main>
      <AppFooter />
    </>
  )
}
