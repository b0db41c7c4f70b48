import { Link } from 'wouter'
import { useAppServices } from '../services/useAppServices'
import '../device/installPrompt'
import { useLiveQuery } from '../hooks/useLiveQuery'
import { t } from '../i18n/t'
import type { StoragePersistence } from '../storage/SettingsStore'

const TEXTS = {
  persisted: 'footer.storagePersistent',
  'best-effort': 'footer.storageBestEffort',
  unsupported: 'footer.storageUnsupported',
} as const satisfies Record<StoragePersistence, string>

/** The content info: whether the browser keeps this device's documents safe from eviction. */
export function AppFooter() {
  const { settings } = useAppServices()
  const { value } = useLiveQuery(async () => (await settings.get('storagePersistence')) ?? null, [settings])
  return (
    <footer className="app-footer">
      <p className="app-footer__storage">
        {t(value ? TEXTS[value] : 'footer.storagePending')} <Link href="/enhet">{t('device.link')}</Link>
      </p>
    </footer>
  )
}
