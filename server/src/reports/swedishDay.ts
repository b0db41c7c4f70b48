const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar day (YYYY-MM-DD) of an instant in Swedish time: what a person there calls its date. */
export function swedishDay(instant: string | Date): string {
  return stockholm.format(typeof instant === 'string' ? new Date(instant) : instant)
}
