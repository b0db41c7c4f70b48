import { activeLocale } from './activeLocale'

const formatter = new Intl.DateTimeFormat(activeLocale === 'en' ? 'en-GB' : 'sv-SE', {
  dateStyle: 'medium',
  timeStyle: 'short',
})

/** A date and time for people, e.g. "30 maj 2025 14:05" in Swedish. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date)
}
