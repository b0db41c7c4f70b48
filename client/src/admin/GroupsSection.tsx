import { useId, useState, type FormEvent } from 'react'
import { Link } from 'wouter'
import { GROUP_KINDS, type Group } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { describeAuthError } from '../auth/describeAuthError'
import { FormField } from '../components/FormField'
import { queryKeys } from '../api/queryKeys'
import { useGroups } from '../groups/groupQueries'
import { useInvalidate } from './adminQueries'
import { useAuth } from '../auth/useAuth'
import { enumLabel } from '../i18n/enumLabel'
import { t } from '../i18n/t'

/** Groups: administrators create them (with their kind) and see all; coordinators see theirs. */
export function GroupsSection({ isAdmin }: { isAdmin: boolean }) {
  const { snapshot } = useAuth()
  const groups = useGroups()
  const invalidate = useInvalidate()
  const listHeadingId = useId()
  const coordinated = new Set(
    (snapshot.me?.memberships ?? []).filter((m) => m.role === 'coordinator').map((m) => m.groupId),
  )
  const visible = (groups.data ?? []).filter((group) => isAdmin || coordinated.has(group.id))

  return (
    <>
      {isAdmin && <CreateGroupForm onCreated={() => invalidate(queryKeys.groups)} />}
      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId}>{t('admin.groupsHeading')}</h2>
        {groups.error !== null && (
          <p className="alert alert--error" role="alert">
            {describeAuthError(groups.error)}
          </p>
        )}
        {groups.data === undefined ? (
          groups.error === null && <p>{t('admin.loading')}</p>
        ) : visible.length === 0 ? (
          <p>{t('admin.noGroups')}</p>
        ) : (
          <table className="admin-table" aria-labelledby={listHeadingId}>
            <thead>
              <tr>
                <th scope="col">{t('admin.groupName')}</th>
                <th scope="col">{t('admin.groupKind')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((group) => (
                <tr key={group.id}>
                  <th scope="row">
                    <Link href={`/grupper/${encodeURIComponent(group.id)}`}>{group.name}</Link>
                  </th>
                  <td>{enumLabel('groupKind', group.kind)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  )
}

function CreateGroupForm({ onCreated }: { onCreated: (group: Group) => void }) {
  const { admin } = useAppServices()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<Group['kind']>('coordinating')
  const [errors, setErrors] = useState<{ name?: string; form?: string }>({})
  const [created, setCreated] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const headingId = useId()
  const kindId = useId()

  async function create(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    setCreated(null)
    if (name.trim() === '') return setErrors({ name: t('admin.groupNameRequired') })
    setBusy(true)
    try {
      const group = await admin.createGroup({ name: name.trim(), kind })
      setName('')
      setCreated(group.name)
      onCreated(group)
    } catch (error) {
      setErrors({ form: describeAuthError(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.createGroupHeading')}</h2>
      <form className="form" noValidate onSubmit={(event) => void create(event)}>
        <FormField
          label={t('admin.groupName')}
          value={name}
          maxLength={200}
          error={errors.name ?? null}
          onChange={(value) => {
            setName(value)
            setErrors({})
          }}
        />
        <div className="field">
          <label htmlFor={kindId}>{t('admin.groupKind')}</label>
          <select
            id={kindId}
            value={kind}
            onChange={(event) => {
              const chosen = GROUP_KINDS.find((candidate) => candidate === event.target.value)
              if (chosen !== undefined) setKind(chosen)
            }}
          >
            {GROUP_KINDS.map((value) => (
              <option key={value} value={value}>
                {enumLabel('groupKind', value)}
              </option>
            ))}
          </select>
        </div>
        {errors.form !== undefined && (
          <p className="alert alert--error" role="alert">
            {errors.form}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('admin.createGroup')}
        </button>
        <p role="status">{created !== null ? t('admin.groupCreated', { name: created }) : ''}</p>
      </form>
    </section>
  )
}
