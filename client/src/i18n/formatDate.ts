import { activeLocale } from './activeLocale'

const formatter = new Intl.DateTimeFormat(activeLocale === 'en' ? 'en-GB' : 'sv-SE', {
  dateStyle: 'medium',
  timeZone: 'UTC',
})

/** A calendar date (YYYY-MM-DD) for people, e.g. "12 dec. 2025" in Swedish; '' stays ''. */
export function formatDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date
  const parsed = new Date(`${date}T00:00:00Z`)
  return Number.isNaN(parsed.getTime()) ? date : formatter.format(parsed)
}
