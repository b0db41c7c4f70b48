import { useRef, useState } from 'react'
import { useRegisterSW } from 'virtual:pwa-register/react'
import { t } from '../i18n/t'
import { describeStorageError } from '../storage/describeStorageError'
import { YDexiePersistence } from '../storage/YDexiePersistence'

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000

/**
 * Offers a waiting new version. It never reloads on its own: "Uppdatera nu" first waits until
 * every pending IndexedDB write is done, then activates the new service worker, which reloads
 * this tab. A tab where another tab did the update only gets a notice with its own reload button.
 */
export function UpdatePrompt() {
  const updateRequested = useRef(false)
  const [busy, setBusy] = useState(false)
  const [updatedElsewhere, setUpdatedElsewhere] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedReload: () => {
      if (updateRequested.current) window.location.reload()
      else setUpdatedElsewhere(true)
    },
    onRegisteredSW: (_url, registration) => {
      if (registration === undefined) return
      // A tab can stay open for days; look for a new version now and then.
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => {})
      }, UPDATE_CHECK_INTERVAL_MS)
    },
  })

  async function saveThen(action: () => Promise<void> | void): Promise<void> {
    setBusy(true)
    setError(null)
    try {
      await YDexiePersistence.flushAll()
    } catch (failure) {
      setError(t('update.flushFailed', { reason: describeStorageError(failure) }))
      setBusy(false)
      return
    }
    await action()
  }

  if (!needRefresh && !updatedElsewhere) return null

  return (
    <section className="update-prompt" aria-label={t('update.region')}>
      <p className="update-prompt__text" role="status">
        {updatedElsewhere ? t('update.otherTab') : busy ? t('update.updating') : t('update.available')}
      </p>
      {error !== null && (
        <p className="update-prompt__error" role="alert">
          {error}
        </p>
      )}
      <div className="update-prompt__actions">
        {updatedElsewhere ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void saveThen(() => window.location.reload())}
          >
            {t('update.reload')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() =>
                void saveThen(async () => {
                  updateRequested.current = true
                  await updateServiceWorker(true)
                })
              }
            >
              {t('update.now')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setNeedRefresh(false)}>
              {t('update.later')}
            </button>
          </>
        )}
      </div>
    </section>
  )
}
