import { useId, useState, type FormEvent } from 'react'
import { Link } from 'wouter'
import type { GroupRole, Membership } from '@samskriv/shared'
import { useAppServices } from '../services/useAppServices'
import { describeAuthError } from '../auth/describeAuthError'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../api/queryKeys'
import { useGroups } from '../groups/groupQueries'
import { useGroupMembers, useUsers } from './adminQueries'
import { enumLabel } from '../i18n/enumLabel'
import { t } from '../i18n/t'
import { RoleSelect } from './RoleSelect'

/** A group's members: add a person with a role, change a role, remove someone. */
export function GroupMembersSection({ groupId }: { groupId: string }) {
  const { admin } = useAppServices()
  const queryClient = useQueryClient()
  const groups = useGroups()
  const members = useGroupMembers(groupId)
  const users = useUsers()
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [removing, setRemoving] = useState<Membership | null>(null)
  const headingId = useId()
  const group = groups.data?.find((candidate) => candidate.id === groupId)

  async function change(action: () => Promise<Membership[]>, done: string): Promise<void> {
    setError(null)
    setStatus('')
    try {
      // The server answers with the members after the change: the cache keeps that answer.
      queryClient.setQueryData(queryKeys.groupMembers(groupId), await action())
      setStatus(done)
    } catch (failure) {
      setError(describeAuthError(failure))
    }
  }

  const loadError = groups.error ?? members.error
  const memberIds = new Set((members.data ?? []).map((member) => member.userId))
  const candidates = (users.data ?? []).filter((user) => !memberIds.has(user.id))

  return (
    <section aria-labelledby={headingId}>
      <p>
        <Link href="/grupper">{t('admin.backToGroups')}</Link>
      </p>
      <h2 id={headingId}>
        {group === undefined ? t('admin.membersHeading') : t('admin.membersOf', { name: group.name })}
      </h2>
      {group !== undefined && <p>{enumLabel('groupKind', group.kind)}</p>}
      {loadError !== null && (
        <p className="alert alert--error" role="alert">
          {describeAuthError(loadError)}
        </p>
      )}
      {error !== null && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="admin-status">
        {status}
      </p>
      {members.data === undefined ? (
        loadError === null && <p>{t('admin.loading')}</p>
      ) : members.data.length === 0 ? (
        <p>{t('admin.noMembers')}</p>
      ) : (
        <table className="admin-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('auth.name')}</th>
              <th scope="col">{t('auth.email')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('list.columnActions')}</th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((member) => (
              <tr key={member.userId}>
                <th scope="row">{member.userName}</th>
                <td>{member.email}</td>
                <td>
                  <RoleSelect
                    label={t('admin.roleOf', { name: member.userName })}
                    hideLabel
                    value={member.role}
                    onChange={(role) =>
                      void change(
                        () => admin.setRole(groupId, member.userId, role),
                        t('admin.roleChanged', { name: member.userName, role: enumLabel('groupRole', role) }),
                      )
                    }
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('admin.removeMemberLabel', { name: member.userName })}
                    onClick={() => setRemoving(member)}
                  >
                    {t('admin.removeMember')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddMemberForm
        candidates={candidates}
        onAdd={(userId, role) => {
          const name = users.data?.find((user) => user.id === userId)?.name ?? ''
          return change(
            () => admin.setRole(groupId, userId, role),
            t('admin.memberAdded', { name, role: enumLabel('groupRole', role) }),
          )
        }}
      />
      {removing !== null && (
        <ConfirmDialog
          title={t('admin.removeTitle')}
          text={t('admin.removeText', { name: removing.userName, group: group?.name ?? '' })}
          confirmLabel={t('admin.removeMember')}
          cancelLabel={t('list.cancel')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const member = removing
            setRemoving(null)
            void change(
              () => admin.removeMember(groupId, member.userId),
              t('admin.memberRemoved', { name: member.userName }),
            )
          }}
        />
      )}
    </section>
  )
}

function AddMemberForm({
  candidates,
  onAdd,
}: {
  candidates: Array<{ id: string; name: string; email: string }>
  onAdd: (userId: string, role: GroupRole) => Promise<void>
}) {
  const [userId, setUserId] = useState('')
  const [role, setRole] = useState<GroupRole>('editor')
  const [error, setError] = useState<string | null>(null)
  const headingId = useId()
  const personId = useId()
  const errorId = useId()

  async function add(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault()
    if (userId === '') return setError(t('admin.choosePerson'))
    await onAdd(userId, role)
    setUserId('')
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('admin.addMemberHeading')}</h3>
      {candidates.length === 0 ? (
        <p>{t('admin.noCandidates')}</p>
      ) : (
        <form className="create-form" noValidate onSubmit={(event) => void add(event)}>
          <div className="field">
            <label htmlFor={personId}>{t('admin.person')}</label>
            <select
              id={personId}
              value={userId}
              aria-invalid={error === null ? undefined : true}
              aria-describedby={error === null ? undefined : errorId}
              onChange={(event) => {
                setUserId(event.target.value)
                setError(null)
              }}
            >
              <option value="">{t('admin.choosePersonOption')}</option>
              {candidates.map((user) => (
                <option key={user.id} value={user.id}>
                  {t('admin.personOption', { name: user.name, email: user.email })}
                </option>
              ))}
            </select>
            {error !== null && (
              <p id={errorId} className="field__error">
                {error}
              </p>
            )}
          </div>
          <RoleSelect label={t('admin.role')} value={role} onChange={setRole} />
          <button type="submit" className="button button--primary">
            {t('admin.addMember')}
          </button>
        </form>
      )}
    </section>
  )
}
