import { useState, type FormEvent } from 'react'
import type { Group } from '@samskriv/shared'
import { describeAuthError } from '../auth/describeAuthError'
import { ModalDialog } from '../components/ModalDialog'
import { t } from '../i18n/t'
import { GroupSelect } from './GroupSelect'

/** Asks an administrator which group gets a document from before accounts, and gives it. */
export function GiveToGroupDialog({
  title,
  groups,
  onGive,
  onCancel,
}: {
  title: string
  groups: Group[]
  onGive: (groupId: string) => Promise<void>
  onCancel: () => void
}) {
  const [groupId, setGroupId] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    if (groupId === '') return setError(t('list.groupRequired'))
    setBusy(true)
    setFailure(null)
    try {
      await onGive(groupId)
    } catch (caught) {
      setFailure(describeAuthError(caught))
      setBusy(false)
    }
  }

  return (
    <ModalDialog title={t('list.giveToGroupTitle')} onCancel={onCancel}>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <p>{t('list.giveToGroupText', { title })}</p>
        <GroupSelect
          groups={groups}
          value={groupId}
          error={error}
          autoFocus
          onChange={(value) => {
            setGroupId(value)
            setError(null)
          }}
        />
        {failure !== null && (
          <p className="alert alert--error" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('list.giveToGroupConfirm')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('list.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  )
}
