import {
  groupSchema,
  invitationSchema,
  linkResponseSchema,
  membershipSchema,
  userSchema,
  type Group,
  type GroupRole,
  type Invitation,
  type Membership,
  type User,
} from '@samskriv/shared'
import { jsonInit } from './jsonInit'
import { requestJson, type Fetch, type ResponseSchema } from './requestJson'
import { arrayOf, field } from './responseShapes'

/** The kinds of group (see `GROUP_KINDS`). */
export type GroupKind = Group['kind']

const inviteResponseShape: ResponseSchema<{ user: User; inviteUrl: string }> = {
  safeParse(data) {
    const user = field('user', userSchema).safeParse(data)
    const url = (data as { inviteUrl?: unknown } | null)?.inviteUrl
    if (!user.success || typeof url !== 'string') return { success: false }
    return { success: true, data: { user: user.data, inviteUrl: url } }
  },
}

const members = field('members', arrayOf(membershipSchema))

/** People, groups and roles (administrators; coordinators for their groups' members). */
export class AdminApi {
  constructor(
    private readonly baseUrl = '/api',
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
  ) {}

  users(): Promise<User[]> {
    return this.request('/users', { method: 'GET' }, field('users', arrayOf(userSchema)))
  }

  /** Invites a person; answers the one-time link they choose a password with. */
  invite(input: { email: string; name: string; isAdmin: boolean }): Promise<{ user: User; inviteUrl: string }> {
    return this.request('/users', jsonInit('POST', input), inviteResponseShape)
  }

  /** Grants or withdraws administrator rights, disables or re-enables an account. */
  updateUser(userId: string, change: { isAdmin?: boolean; disabled?: boolean }): Promise<User> {
    return this.request(`/users/${encodeURIComponent(userId)}`, jsonInit('PATCH', change), field('user', userSchema))
  }

  /** A new invitation link (no password yet) or reset link; earlier links of the account stop working. */
  issueLink(userId: string): Promise<{ user: User; link: string; invitation: Invitation }> {
    return this.request(`/users/${encodeURIComponent(userId)}/link`, { method: 'POST' }, linkResponseSchema)
  }

  /** Signs a person out everywhere; answers how many sessions ended. */
  endSessions(userId: string): Promise<number> {
    const ended: ResponseSchema<number> = {
      safeParse: (data) => {
        const value = (data as { ended?: unknown } | null)?.ended
        return typeof value === 'number' ? { success: true, data: value } : { success: false }
      },
    }
    return this.request(`/users/${encodeURIComponent(userId)}/sessions`, { method: 'DELETE' }, ended)
  }

  /** Every invitation and reset link with its state, newest first. */
  invitations(): Promise<Invitation[]> {
    return this.request('/invitations', { method: 'GET' }, field('invitations', arrayOf(invitationSchema)))
  }

  groups(): Promise<Group[]> {
    return this.request('/groups', { method: 'GET' }, field('groups', arrayOf(groupSchema)))
  }

  createGroup(input: { name: string; kind: GroupKind }): Promise<Group> {
    return this.request('/groups', jsonInit('POST', input), groupSchema)
  }

  members(groupId: string): Promise<Membership[]> {
    return this.request(`/groups/${encodeURIComponent(groupId)}/members`, { method: 'GET' }, members)
  }

  /** Adds a person to a group, or changes their role there; answers the group's members. */
  setRole(groupId: string, userId: string, role: GroupRole): Promise<Membership[]> {
    const path = `/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`
    return this.request(path, jsonInit('PUT', { role }), members)
  }

  /** Removes a person from a group; answers the group's members. */
  removeMember(groupId: string, userId: string): Promise<Membership[]> {
    const path = `/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`
    return this.request(path, { method: 'DELETE' }, members)
  }

  private request<T>(path: string, init: RequestInit, schema: ResponseSchema<T>): Promise<T> {
    return requestJson(this.fetchImpl, `${this.baseUrl}${path}`, init, schema)
  }
}
