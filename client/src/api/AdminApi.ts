import {
  ACCOUNT_ROUTES,
  GROUP_ROUTES,
  type Group,
  type GroupRole,
  type Invitation,
  type Membership,
  type User,
} from '@samskriv/shared'
import { callRoute } from './callRoute'
import type { Fetch } from './requestJson'

/** The kinds of group (see `GROUP_KINDS`). */
export type GroupKind = Group['kind']

/** People, groups and roles (administrators; coordinators for their groups' members). */
export class AdminApi {
  constructor(private readonly fetchImpl: Fetch = (input, init) => fetch(input, init)) {}

  async users(): Promise<User[]> {
    return (await callRoute(this.fetchImpl, ACCOUNT_ROUTES.list, {})).users
  }

  /** Invites a person; answers the one-time link they choose a password with. */
  invite(input: {
    email: string
    name: string
    isAdmin: boolean
  }): Promise<{ user: User; inviteUrl: string; invitation: Invitation }> {
    return callRoute(this.fetchImpl, ACCOUNT_ROUTES.invite, { body: input })
  }

  /** Grants or withdraws administrator rights, disables or re-enables an account. */
  async updateUser(userId: string, change: { isAdmin?: boolean; disabled?: boolean }): Promise<User> {
    return (await callRoute(this.fetchImpl, ACCOUNT_ROUTES.update, { params: { id: userId }, body: change })).user
  }

  /** A new invitation link (no password yet) or reset link; earlier links of the account stop working. */
  issueLink(userId: string): Promise<{ user: User; link: string; invitation: Invitation }> {
    return callRoute(this.fetchImpl, ACCOUNT_ROUTES.issueLink, { params: { id: userId } })
  }

  /** Signs a person out everywhere; answers how many sessions ended. */
  async endSessions(userId: string): Promise<number> {
    return (await callRoute(this.fetchImpl, ACCOUNT_ROUTES.endSessions, { params: { id: userId } })).ended
  }

  /** Every invitation and reset link with its state, newest first. */
  async invitations(): Promise<Invitation[]> {
    return (await callRoute(this.fetchImpl, ACCOUNT_ROUTES.invitations, {})).invitations
  }

  async groups(): Promise<Group[]> {
    return (await callRoute(this.fetchImpl, GROUP_ROUTES.list, {})).groups
  }

  createGroup(input: { name: string; kind: GroupKind }): Promise<Group> {
    return callRoute(this.fetchImpl, GROUP_ROUTES.create, { body: input })
  }

  async members(groupId: string): Promise<Membership[]> {
    return (await callRoute(this.fetchImpl, GROUP_ROUTES.members, { params: { id: groupId } })).members
  }

  /** Adds a person to a group, or changes their role there; answers the group's members. */
  async setRole(groupId: string, userId: string, role: GroupRole): Promise<Membership[]> {
    const call = { params: { id: groupId, userId }, body: { role } }
    return (await callRoute(this.fetchImpl, GROUP_ROUTES.setRole, call)).members
  }

  /** Removes a person from a group; answers the group's members. */
  async removeMember(groupId: string, userId: string): Promise<Membership[]> {
    return (await callRoute(this.fetchImpl, GROUP_ROUTES.removeMember, { params: { id: groupId, userId } })).members
  }
}
