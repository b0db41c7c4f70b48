import { useId, useState, type FormEvent } from 'react'
import { useLocation } from 'wouter'
import { DOCUMENT_TYPES, MAX_TITLE_LENGTH, type DocumentType } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { useGroupDirectory } from '../groups/useGroupDirectory'
import { t } from '../i18n/t'
import { describeStorageError } from '../storage/describeStorageError'
import { documentTypeLabel } from './documentTypeLabel'
import { GroupSelect } from './GroupSelect'
import { validateTitle } from './validateTitle'
import { previousOptions } from '../previousProtocol/previousOptions'
import { StartingPointField } from '../previousProtocol/StartingPointField'
import { useLocalProtocols } from '../previousProtocol/useLocalProtocols'

/**
 * Creates a document (title, type and, once the server has accounts, the owning group among those
 * the person may create in) on this device — online or offline alike — and opens it.
 * Registration with the server follows in the background.
 */
export function CreateDocumentForm() {
  const { library } = useAppServices()
  const [, navigate] = useLocation()
  const [title, setTitle] = useState('')
  const [type, setType] = useState<DocumentType>('protocol')
  const groups = useGroupDirectory()
  const [chosenGroup, setGroupId] = useState('')
  const [groupError, setGroupError] = useState<string | null>(null)
  // With one group to choose from, it is chosen.
  const onlyGroup = groups.creatable.length === 1 ? (groups.creatable[0]?.id ?? '') : ''
  const groupId = chosenGroup === '' ? onlyGroup : chosenGroup
  const protocols = useLocalProtocols(type === 'protocol')
  const options = previousOptions(protocols.data ?? [], { active: groups.active, id: groupId })
  const [chosenPrevious, setPrevious] = useState('')
  // A choice no longer offered (another group chosen) falls back to the template.
  const previous = options.find((p) => p.id === chosenPrevious) ?? null
  const [titleError, setTitleError] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const headingId = useId()
  const titleId = useId()
  const typeId = useId()
  const errorId = useId()

  async function create(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    const invalid = validateTitle(title)
    const missingGroup = groups.active && groupId === '' ? t('list.groupRequired') : null
    setTitleError(invalid)
    setGroupError(missingGroup)
    setFormError(null)
    if (invalid !== null || missingGroup !== null) return
    setBusy(true)
    try {
      const id = await library.create({
        title,
        type,
        groupId: groups.active ? groupId : null,
        previousProtocol: type === 'protocol' ? (previous?.body ?? null) : null,
      })
      navigate(`/dokument/${id}`)
    } catch (error) {
      setFormError(t('list.createFailed', { reason: describeStorageError(error) }))
      setBusy(false)
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('list.createHeading')}</h2>
      <form className="create-form" noValidate onSubmit={(event) => void create(event)}>
        <div className="field create-form__title">
          <label htmlFor={titleId}>{t('list.titleLabel')}</label>
          <input
            id={titleId}
            type="text"
            value={title}
            maxLength={MAX_TITLE_LENGTH}
            required
            aria-invalid={titleError === null ? undefined : true}
            aria-describedby={titleError === null ? undefined : errorId}
            onChange={(event) => {
              setTitle(event.target.value)
              setTitleError(null)
            }}
          />
          {titleError !== null && (
            <p id={errorId} className="field__error">
              {titleError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={typeId}>{t('list.typeLabel')}</label>
          <select
            id={typeId}
            value={type}
            onChange={(event) => {
              const chosen = DOCUMENT_TYPES.find((candidate) => candidate === event.target.value)
              if (chosen !== undefined) setType(chosen)
            }}
          >
            {DOCUMENT_TYPES.map((value) => (
              <option key={value} value={value}>
                {documentTypeLabel(value)}
              </option>
            ))}
          </select>
        </div>
        {groups.active && (
          <GroupSelect
            groups={groups.creatable}
            value={groupId}
            error={groupError}
            onChange={(value) => {
              setGroupId(value)
              setGroupError(null)
            }}
          />
        )}
        {type === 'protocol' && protocols.isError && (
          <p className="note">{t('previous.failed', { reason: describeStorageError(protocols.error) })}</p>
        )}
        {type === 'protocol' && options.length > 0 && (
          <StartingPointField options={options} value={previous?.id ?? ''} onChange={setPrevious} />
        )}
        <button type="submit" className="button button--primary create-form__submit" disabled={busy}>
          {busy ? t('list.creating') : t('list.create')}
        </button>
      </form>
      {groups.active && groups.creatable.length === 0 && <p className="note">{t('list.noGroupsToCreateIn')}</p>}
      {formError !== null && (
        <p className="alert alert--error" role="alert">
          {formError}
        </p>
      )}
    </section>
  )
}
