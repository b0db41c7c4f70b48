import { activeLocale } from './activeLocale'

const formatter = new Intl.NumberFormat(activeLocale === 'en' ? 'en-GB' : 'sv-SE')

/** A whole number for people, e.g. "12 345" in Swedish. */
export function formatNumber(value: number): string {
  return formatter.format(value)
}
