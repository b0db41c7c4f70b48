import { resolveLocale } from './resolveLocale'

/** The locale of this page load, chosen once from the browser's languages. */
export const activeLocale = resolveLocale(
  typeof navigator === 'undefined' ? [] : navigator.languages.length > 0 ? navigator.languages : [navigator.language],
)
