import { Link, useLocation } from 'wouter'
import { t } from '../i18n/t'
import { useStoragePersistence } from './useStoragePersistence'
import { useUnsyncedDocumentCount } from './useUnsyncedDocumentCount'
import '../styles/device.css'

/**
 * Warns while this device holds changes or comments the server does not have and the browser may
 * clear them (no persistent storage: iPad Safari deletes a site's storage after seven days without
 * a visit unless the app is installed).
 */
export function UnsyncedStorageWarning() {
  const persistence = useStoragePersistence()
  const unsynced = useUnsyncedDocumentCount()
  const [location] = useLocation()
  if (persistence === undefined || persistence === 'persisted' || unsynced === undefined || unsynced === 0) return null
  return (
    <p className="alert storage-warning" data-testid="storage-warning">
      {t('device.warning')} {location !== '/enhet' && <Link href="/enhet">{t('device.warningLink')}</Link>}
    </p>
  )
}
