/** A path inside the app to go back to after signing in; `/` for anything else (no open redirect). */
export function safeReturnPath(value: string | null): string {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  return value
}
