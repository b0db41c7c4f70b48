import { useAppServices } from '../services/useAppServices'
import { activeLocale } from '../i18n/activeLocale'
import { useLiveQuery } from '../hooks/useLiveQuery'
import { t } from '../i18n/t'

/**
 * Tells the user once which documents were removed from this device because their access ended;
 * it stays (across reloads) until dismissed.
 */
export function AccessLostNotice() {
  const { settings } = useAppServices()
  const titles = useLiveQuery(async () => (await settings.get('accessLost')) ?? [], [settings]).value ?? []
  if (titles.length === 0) return null
  const list = new Intl.ListFormat(activeLocale === 'en' ? 'en-GB' : 'sv-SE', { type: 'conjunction' })
  return (
    <div className="alert access-lost" role="alert" data-testid="access-lost">
      <h2>{t('list.accessLostTitle')}</h2>
      <p>{t('list.accessLostText', { titles: list.format(titles.map((title) => `”${title}”`)) })}</p>
      <button type="button" className="button" onClick={() => void settings.delete('accessLost').catch(reportError)}>
        {t('list.accessLostDismiss')}
      </button>
    </div>
  )
}
