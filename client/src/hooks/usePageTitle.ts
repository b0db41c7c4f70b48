import { useEffect } from 'react'
import { t } from '../i18n/t'

/** Sets the browser tab's title to "<page> – Samskriv". */
export function usePageTitle(page: string): void {
  useEffect(() => {
    document.title = t('app.pageTitle', { page })
  }, [page])
}
