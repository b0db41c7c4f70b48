import { useId, useState } from 'react'
import { useAppServices } from '../../services/useAppServices'
import { ModalDialog } from '../../components/ModalDialog'
import { useLiveQuery } from '../../hooks/useLiveQuery'
import { useOnlineStatus } from '../../hooks/useOnlineStatus'
import { t } from '../../i18n/t'
import { describeAuthError } from '../describeAuthError'
import { hasUnsyncedWork, readUnsyncedWork } from './readUnsyncedWork'
import { signOutOfDevice, type SignOutOutcome } from './signOutOfDevice'

/** Props of {@link SignOutDialog}. */
export interface SignOutDialogProps {
  onCancel: () => void
  /** Where focus goes when the dialog closes without signing out. */
  returnFocus?: () => void
  /** Signed out; what became of the copies (the app then starts afresh at the sign-in page). */
  onSignedOut: (outcome: SignOutOutcome) => void
}

/**
 * Sign-out, asking about this device's copies: removing them is offered (and chosen by default)
 * when everything is synced. While anything is not, it says what, waits (updating by itself as
 * it syncs), and does not offer removal: signing out then keeps everything.
 */
export function SignOutDialog({ onCancel, returnFocus, onSignedOut }: SignOutDialogProps) {
  const services = useAppServices()
  const online = useOnlineStatus()
  const id = useId()
  const work = useLiveQuery(() => readUnsyncedWork(services.db), [services.db]).value
  const [choice, setChoice] = useState<boolean | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const unsynced = work === undefined || hasUnsyncedWork(work)
  const remove = !unsynced && (choice ?? true)

  async function signOut(): Promise<void> {
    setBusy(true)
    setError(null)
    try {
      onSignedOut(await signOutOfDevice(services, remove))
    } catch (failure) {
      setError(describeAuthError(failure))
      setBusy(false)
    }
  }

  return (
    <ModalDialog title={t('signOut.title')} onCancel={onCancel} {...(returnFocus ? { returnFocus } : {})}>
      <div data-testid="sign-out-state" data-unsynced={work === undefined ? undefined : String(unsynced)}>
        {work === undefined ? (
          <p>{t('signOut.reading')}</p>
        ) : unsynced ? (
          <div className="alert" role="status">
            <p>{t('signOut.unsyncedIntro')}</p>
            <ul>
              {work.documents.map((title) => (
                <li key={title}>{t('signOut.unsyncedDocument', { title })}</li>
              ))}
              {work.followUps > 0 && <li>{t('signOut.unsyncedFollowUps', { count: work.followUps })}</li>}
              {work.proposals > 0 && <li>{t('signOut.unsyncedProposals', { count: work.proposals })}</li>}
            </ul>
            <p>{t(online ? 'signOut.waiting' : 'signOut.waitingOffline')}</p>
          </div>
        ) : (
          <p role="status">{t('signOut.synced')}</p>
        )}
      </div>
      <div className="checkbox-field">
        <input
          id={`${id}-remove`}
          type="checkbox"
          checked={remove}
          disabled={unsynced || busy}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setChoice(event.target.checked)}
        />
        <label htmlFor={`${id}-remove`}>{t('signOut.remove')}</label>
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {t(unsynced ? 'signOut.removeBlocked' : 'signOut.removeHint')}
      </p>
      {error !== null && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void signOut()}>
          {t(remove ? 'signOut.confirmAndRemove' : 'signOut.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy} data-autofocus>
          {t('signOut.cancel')}
        </button>
      </div>
    </ModalDialog>
  )
}
