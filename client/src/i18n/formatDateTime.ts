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

const exact = new Intl.DateTimeFormat(activeLocale === 'en' ? 'en-GB' : 'sv-SE', {
  dateStyle: 'medium',
  timeStyle: 'medium',
})

/** A date and time to the second, e.g. "30 maj 2025 14:05:09": for moments minutes apart. */
export function formatDateTimeExact(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : exact.format(date)
}
