import { formatDate } from '../i18n/formatDate'

/** A time frame for people ("1 feb. 2026 – 30 jun. 2026", "från 1 feb. 2026"), or '' when unset. */
export function formatTimeFrame(from: string, to: string): string {
  if (from !== '' && to !== '') return `${formatDate(from)} – ${formatDate(to)}`
  if (from !== '') return `${formatDate(from)} –`
  if (to !== '') return `– ${formatDate(to)}`
  return ''
}
