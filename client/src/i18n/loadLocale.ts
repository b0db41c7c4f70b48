import { i18n } from './i18n'
import type { Locale } from './messages'

/**
 * Makes `locale`'s messages available. Swedish is in the main bundle; English is a chunk of its own,
 * fetched here (from the service worker's precache when offline) the first time it is needed.
 * Rejects when the chunk cannot be fetched; texts then stay Swedish.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'sv-SE' || i18n.hasResourceBundle(locale, 'translation')) return
  const { en } = await import('./catalogue/en')
  i18n.addResourceBundle(locale, 'translation', en)
}
