import i18next from 'i18next'
import { activeLocale } from './activeLocale'
import { sv } from './catalogue/sv'

/**
 * The app's i18next instance: the catalogue's flat keys (`list.title`), `{name}` parameters as in
 * the catalogue, plural forms as `key_one`/`key_other` chosen by the locale's `Intl.PluralRules`,
 * and no HTML escaping (React escapes what it renders). Swedish is always there; English is added
 * by `loadLocale` before the first render when it is chosen, and a text it lacks falls back to
 * Swedish.
 */
export const i18n = i18next.createInstance()
void i18n.init({
  lng: activeLocale,
  fallbackLng: 'sv-SE',
  supportedLngs: ['sv-SE', 'en'],
  resources: { 'sv-SE': { translation: sv } },
  keySeparator: false,
  nsSeparator: false,
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  returnNull: false,
  returnEmptyString: false,
  initAsync: false,
})

/** Looks a message up in a locale, with parameters (and `count` choosing a plural form). */
export function lookUp(locale: string, key: string, params?: Record<string, string | number>): string {
  const fixed = i18n.getFixedT(locale) as (key: string, options?: Record<string, unknown>) => string
  return fixed(key, params)
}
