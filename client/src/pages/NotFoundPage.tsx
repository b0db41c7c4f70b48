import { Link } from 'wouter'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'

/** Any address the app does not know. */
export function NotFoundPage() {
  usePageTitle(t('notFound.title'))
  return (
    <div className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href="/">{t('notFound.back')}</Link>
      </p>
    </div>
  )
}
