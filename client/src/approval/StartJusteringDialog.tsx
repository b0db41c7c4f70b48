import { useEffect, useId, useState, type FormEvent } from 'react'
import type { SignerCandidate } from '@samskriv/shared'
import { ModalDialog } from '../components/ModalDialog'
import { t } from '../i18n/t'
import { describeApprovalError } from './describeApprovalError'
import { OnBehalfOfField } from './OnBehalfOfField'
import { matchSigners, type NamedSigners } from './readMeetingHeader'

/** Props of {@link StartJusteringDialog}. */
export interface StartJusteringDialogProps {
  /** Who the protocol names (preselected when an account has that name) and its deciding body. */
  named: NamedSigners
  /** The active members of the document's group (the only ones who may sign). */
  loadSigners: () => Promise<SignerCandidate[]>
  /** Resolves when started; rejects when it failed (the page shows why in `error`). */
  onStart: (input: { signers: string[]; onBehalfOf: string }) => Promise<void>
  onCancel: () => void
  error: string | null
}

/** Freezes a protocol for justering: who signs (accounts) and on behalf of which body. */
export function StartJusteringDialog({ named, loadSigners, onStart, onCancel, error }: StartJusteringDialogProps) {
  const [users, setUsers] = useState<SignerCandidate[] | null>(null)
  const [usersError, setUsersError] = useState<string | null>(null)
  const [chosen, setChosen] = useState<string[]>([])
  const [onBehalfOf, setOnBehalfOf] = useState(named.decidingBody)
  const [missingBody, setMissingBody] = useState(false)
  const [missingSigners, setMissingSigners] = useState(false)
  const [busy, setBusy] = useState(false)
  const legendId = useId()
  const signersErrorId = useId()

  useEffect(() => {
    let current = true
    loadSigners().then(
      (loaded) => {
        if (!current) return
        setUsers(loaded)
        setChosen(matchSigners(named.names, loaded))
      },
      (failure: unknown) => current && setUsersError(describeApprovalError(failure)),
    )
    return () => {
      current = false
    }
  }, [loadSigners, named.names])

  function toggle(id: string, on: boolean): void {
    setMissingSigners(false)
    setChosen((previous) => (on ? [...previous, id] : previous.filter((chosenId) => chosenId !== id)))
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    const noBody = onBehalfOf.trim() === ''
    setMissingBody(noBody)
    setMissingSigners(chosen.length === 0)
    if (noBody || chosen.length === 0) return
    setBusy(true)
    try {
      await onStart({ signers: chosen, onBehalfOf: onBehalfOf.trim() })
    } catch {
      // Shown by the page through `error`.
    } finally {
      setBusy(false)
    }
  }

  return (
    <ModalDialog title={t('justeringDialog.title')} onCancel={onCancel} dismissible={!busy}>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <p>{t('justeringDialog.intro')}</p>
        <fieldset
          className="signer-choice"
          aria-labelledby={legendId}
          aria-describedby={missingSigners ? signersErrorId : undefined}
        >
          <legend id={legendId}>{t('justeringDialog.signers')}</legend>
          {usersError !== null && (
            <p className="alert alert--error" role="alert">
              {t('justeringDialog.usersFailed', { reason: usersError })}
            </p>
          )}
          {users === null && usersError === null && <p>{t('justeringDialog.loadingUsers')}</p>}
          {users !== null && users.length === 0 && <p>{t('justeringDialog.noUsers')}</p>}
          {users !== null &&
            users.map((user) => (
              <label key={user.id} className="signer-choice__option">
                <input
                  type="checkbox"
                  checked={chosen.includes(user.id)}
                  onChange={(event) => toggle(user.id, event.target.checked)}
                />{' '}
                {user.name} <span className="muted">({user.email})</span>
              </label>
            ))}
          {missingSigners && (
            <p id={signersErrorId} className="field__error">
              {t('justeringDialog.signersRequired')}
            </p>
          )}
        </fieldset>
        <OnBehalfOfField
          label={t('justeringDialog.onBehalfOf')}
          value={onBehalfOf}
          missing={missingBody}
          onChange={(value) => {
            setOnBehalfOf(value)
            setMissingBody(false)
          }}
        />
        {error !== null && (
          <p className="alert alert--error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('justeringDialog.submitting') : t('justeringDialog.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t('approveDialog.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  )
}
