import { useId, useState, type FormEvent } from 'react'
import { useAppServices } from '../services/useAppServices'
import { t } from '../i18n/t'
import { pickUserColor } from '../presence/pickUserColor'
import { describeStorageError } from '../storage/describeStorageError'
import type { UserProfile } from '../storage/SettingsStore'
import { ModalDialog } from './ModalDialog'

const MAX_NAME_LENGTH = 60

/** Props of {@link NameDialog}. */
export interface NameDialogProps {
  /** The stored profile; null on first use, when the dialog cannot be dismissed. */
  current: UserProfile | null
  onDone: () => void
}

/** Asks for the name shown to other writers and stores it (with a colour) in the settings. */
export function NameDialog({ current, onDone }: NameDialogProps) {
  const { settings } = useAppServices()
  const [name, setName] = useState(current?.name ?? '')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const inputId = useId()
  const introId = useId()
  const errorId = useId()

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    const trimmed = name.trim()
    if (trimmed === '') return setError(t('validation.nameRequired'))
    if (trimmed.length > MAX_NAME_LENGTH) return setError(t('validation.nameTooLong', { max: MAX_NAME_LENGTH }))
    setSaving(true)
    try {
      await settings.set('userProfile', { name: trimmed, color: current?.color ?? pickUserColor() })
      onDone()
    } catch (failure) {
      setError(t('nameDialog.saveFailed', { reason: describeStorageError(failure) }))
      setSaving(false)
    }
  }

  return (
    <ModalDialog title={t('nameDialog.title')} onCancel={onDone} dismissible={current !== null}>
      <form className="form" noValidate onSubmit={(event) => void save(event)}>
        <p id={introId}>{t('nameDialog.intro')}</p>
        <div className="field">
          <label htmlFor={inputId}>{t('nameDialog.label')}</label>
          <input
            id={inputId}
            type="text"
            value={name}
            autoComplete="name"
            maxLength={MAX_NAME_LENGTH}
            required
            aria-invalid={error === null ? undefined : true}
            aria-describedby={error === null ? introId : `${introId} ${errorId}`}
            data-autofocus
            onChange={(event) => {
              setName(event.target.value)
              setError(null)
            }}
          />
          {error !== null && (
            <p id={errorId} className="field__error">
              {error}
            </p>
          )}
        </div>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {t('nameDialog.save')}
          </button>
          {current !== null && (
            <button type="button" className="button" onClick={onDone}>
              {t('nameDialog.cancel')}
            </button>
          )}
        </div>
      </form>
    </ModalDialog>
  )
}
