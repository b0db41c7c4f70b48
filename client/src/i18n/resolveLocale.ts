import type { Locale } from './messages'

/**
 * Picks the UI locale from the browser's preferred languages: English when the first preference is
 * English, otherwise Swedish (the product's language, also for every language we lack).
 */
export function resolveLocale(languages: readonly string[]): Locale {
  const first = languages[0]?.toLowerCase() ?? ''
  return first === 'en' || first.startsWith('en-') ? 'en' : 'sv-SE'
}
