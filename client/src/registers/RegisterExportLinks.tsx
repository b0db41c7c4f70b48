import { useId } from 'react'
import type { ApiRoute } from '@samskriv/shared'
import { callUrl } from '../api/callRoute'
import { useOnlineStatus } from '../hooks/useOnlineStatus'
import { t } from '../i18n/t'

/**
 * Links that download a register as CSV and as a spreadsheet, made by the server with the filters
 * the list shows (every match, not only the page listed). Offline it says when they can be had.
 */
export function RegisterExportLinks({
  csv,
  xlsx,
  filters,
}: {
  csv: ApiRoute
  xlsx: ApiRoute
  filters: Readonly<Record<string, string | undefined>>
}) {
  const id = useId()
  const online = useOnlineStatus()
  return (
    <section className="register-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="register-export__heading">
        {t('registerExport.heading')}
      </h2>
      {online ? (
        <p className="register-export__links">
          <span className="field__hint">{t('registerExport.intro')}</span>{' '}
          <a className="button" href={callUrl(csv, { query: filters })} download>
            {t('registerExport.csv')}
          </a>{' '}
          <a className="button" href={callUrl(xlsx, { query: filters })} download>
            {t('registerExport.xlsx')}
          </a>
        </p>
      ) : (
        <p className="muted">{t('registerExport.offline')}</p>
      )}
    </section>
  )
}
