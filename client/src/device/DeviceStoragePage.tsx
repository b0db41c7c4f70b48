import { useEffect, useState, useSyncExternalStore } from 'react'
import { useAppServices } from '../services/useAppServices'
import { usePageTitle } from '../hooks/usePageTitle'
import { t } from '../i18n/t'
import type { StoragePersistence } from '../storage/SettingsStore'
import { canPromptInstall, isInstalled, onInstallPromptChange, promptInstall } from './installPrompt'
import { useStoragePersistence } from './useStoragePersistence'
import { useUnsyncedDocumentCount } from './useUnsyncedDocumentCount'

const PERSISTENCE_TEXT = {
  persisted: 'device.persisted',
  'best-effort': 'device.bestEffort',
  unsupported: 'device.unsupported',
} as const satisfies Record<StoragePersistence, string>

const megabytes = (bytes: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(bytes / 1e6)

/** `/enhet`: whether this device keeps documents and comments safe, how to install, what is unsynced. */
export function DeviceStoragePage() {
  usePageTitle(t('device.title'))
  const { settings } = useAppServices()
  const persistence = useStoragePersistence()
  const unsynced = useUnsyncedDocumentCount()
  const installPrompt = useSyncExternalStore(onInstallPromptChange, canPromptInstall)
  const [denied, setDenied] = useState(false)
  const [usage, setUsage] = useState<{ used: number; quota: number } | null>(null)

  useEffect(() => {
    navigator.storage
      ?.estimate?.()
      .then(({ usage: used = 0, quota = 0 }) => setUsage({ used, quota }))
      .catch(() => setUsage(null))
    // The state may have changed since start-up (granted after installing, for example).
    navigator.storage
      ?.persisted?.()
      .then((persisted) => (persisted ? settings.set('storagePersistence', 'persisted') : undefined))
      .catch(reportError)
  }, [settings])

  async function askForPersistence(): Promise<void> {
    const granted = await navigator.storage.persist().catch(() => false)
    await settings.set('storagePersistence', granted ? 'persisted' : 'best-effort')
    setDenied(!granted)
  }

  const supported = typeof navigator.storage?.persist === 'function'
  return (
    <div className="page device-page">
      <h1>{t('device.title')}</h1>
      <section aria-labelledby="device-storage">
        <h2 id="device-storage">{t('device.storageHeading')}</h2>
        <p data-testid="storage-persistence" data-persistence={persistence ?? undefined}>
          {persistence ? t(PERSISTENCE_TEXT[persistence]) : t('device.checking')}
        </p>
        {usage !== null && usage.quota > 0 && (
          <p>{t('device.usage', { used: megabytes(usage.used), quota: megabytes(usage.quota) })}</p>
        )}
        {supported && persistence !== 'persisted' && (
          <button type="button" className="button" onClick={() => void askForPersistence()}>
            {t('device.requestPersist')}
          </button>
        )}
        {denied && <p className="alert">{t('device.requestDenied')}</p>}
      </section>
      <section aria-labelledby="device-unsynced">
        <h2 id="device-unsynced">{t('device.unsyncedHeading')}</h2>
        <p data-testid="unsynced-documents">
          {unsynced === undefined
            ? t('device.checking')
            : unsynced === 0
              ? t('device.allSynced')
              : t('device.unsyncedCount', { count: unsynced })}
        </p>
      </section>
      <section aria-labelledby="device-install">
        <h2 id="device-install">{t('device.installHeading')}</h2>
        {isInstalled() ? (
          <p>{t('device.installed')}</p>
        ) : (
          <>
            <p>{t('device.installIpad')}</p>
            <p>{t('device.installOther')}</p>
            {installPrompt && (
              <button type="button" className="button button--primary" onClick={() => void promptInstall()}>
                {t('device.installButton')}
              </button>
            )}
          </>
        )}
      </section>
    </div>
  )
}
