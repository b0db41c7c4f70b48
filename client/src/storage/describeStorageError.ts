import { t } from '../i18n/t'

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('name' in error)) return ''
  const inner = 'inner' in error ? errorName(error.inner) : ''
  return inner || String(error.name)
}

/** A short explanation of an IndexedDB (Dexie) failure, for people. */
export function describeStorageError(error: unknown): string {
  const name = errorName(error)
  if (name.includes('QuotaExceeded')) return t('error.quota')
  if (name.includes('DatabaseClosed') || name === 'InvalidStateError') return t('error.closed')
  if (name.includes('MissingAPI') || name === 'SecurityError' || name.includes('OpenFailed')) {
    return t('error.unavailable')
  }
  return t('error.unknown', { detail: name || String(error) })
}
