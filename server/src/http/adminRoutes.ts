import type { FastifyInstance, FastifyRequest } from 'fastify'
import { ACCOUNT_ROUTES, AUDIT_ROUTES, GROUP_ROUTES } from '@samskriv/shared'
import type { AccountAdministration } from '../accounts/AccountAdministration.js'
import type { GroupService } from '../groups/GroupService.js'
import type { Policy } from '../policy/Policy.js'
import type { AccountStore, AuditLog } from '../storage/AccountStore.js'
import { ApiRequestError } from './ApiRequestError.js'
import { asApiError } from './authRoutes.js'
import { presentAudit } from './presentAudit.js'
import { presentGroup, presentMembership, presentUser } from './presentUser.js'
import { requireAdmin, requireSignedIn, requireUser } from './requestUser.js'
import type { SiteGuard } from './SiteGuard.js'
import { serveRoute } from './serveRoute.js'
import type { DocumentCatalog } from '../storage/Storage.js'

/**
 * People, groups, roles and the audit log. Administrators see and change everything; a group's
 * coordinators manage its members (and see the accounts to choose from); members see their own
 * groups and who is in them, without e-mail addresses.
 */
export function adminRoutes(
  app: FastifyInstance,
  deps: {
    accounts: AccountStore
    administration: AccountAdministration
    groups: GroupService
    audit: AuditLog
    /** To name the documents the log speaks of. */
    catalog: DocumentCatalog
    policy: Policy
    site: SiteGuard
  },
): void {
  const { accounts, administration, groups, audit, catalog, policy, site } = deps

  const linkTo = (request: FastifyRequest, token: string) =>
    `${site.linkBase(request.protocol, request.headers.host)}/inbjudan?token=${encodeURIComponent(token)}`

  const isCoordinator = async (userId: string) =>
    (await accounts.membershipsOfUser(userId)).some((m) => m.role === 'coordinator')

  serveRoute(app, ACCOUNT_ROUTES.list, async ({ request }) => {
    const { user } = requireSignedIn(request)
    const all = await accounts.listUsers()
    if (user.isAdmin) return { users: all.map(presentUser) }
    if (!(await isCoordinator(user.id)))
      throw new ApiRequestError(403, 'forbidden', 'Only administrators and coordinators list accounts.')
    // Coordinators choose members among the accounts in use.
    return { users: all.filter((u) => u.disabledAt === null).map((u) => ({ ...presentUser(u), isAdmin: false })) }
  })

  serveRoute(app, ACCOUNT_ROUTES.invite, async ({ body, request }) => {
    const actor = requireAdmin(request)
    const { user, token, invitation } = await administration.invite(actor, body).catch(asApiError)
    return { user: presentUser(user), inviteUrl: linkTo(request, token), invitation }
  })

  serveRoute(app, ACCOUNT_ROUTES.update, async ({ params: { id }, body, request }) => {
    const actor = requireAdmin(request)
    return { user: presentUser(await administration.update(actor, id, body).catch(asApiError)) }
  })

  serveRoute(app, ACCOUNT_ROUTES.issueLink, async ({ params: { id }, request }) => {
    const actor = requireAdmin(request)
    const { user, token, invitation } = await administration.issueLink(actor, id).catch(asApiError)
    return { user: presentUser(user), link: linkTo(request, token), invitation }
  })

  serveRoute(app, ACCOUNT_ROUTES.endSessions, async ({ params: { id }, request }) => {
    const actor = requireAdmin(request)
    return { ended: await administration.endSessions(actor, id).catch(asApiError) }
  })

  serveRoute(app, ACCOUNT_ROUTES.invitations, async ({ request }) => {
    requireAdmin(request)
    return { invitations: await administration.invitations() }
  })

  serveRoute(app, GROUP_ROUTES.list, async ({ request }) => {
    const user = await requireUser(request, policy)
    if (user?.isAdmin) return { groups: (await accounts.listGroups()).map(presentGroup) }
    const own = new Set(user ? (await accounts.membershipsOfUser(user.id)).map((m) => m.groupId) : [])
    return { groups: (await accounts.listGroups()).filter((g) => own.has(g.id)).map(presentGroup) }
  })

  serveRoute(app, GROUP_ROUTES.create, async ({ body, request }) => {
    const actor = requireAdmin(request)
    const group = await groups.create(actor, body)
    if (!group) throw new ApiRequestError(409, 'conflict', 'A group with that name exists.')
    return presentGroup(group)
  })

  async function requireGroup(groupId: string) {
    if (!(await accounts.getGroup(groupId))) throw new ApiRequestError(404, 'not_found', 'No group has that id.')
  }

  async function manageable(request: FastifyRequest, groupId: string) {
    const { user } = requireSignedIn(request)
    await requireGroup(groupId)
    if (!(await policy.canManageGroup(user, groupId)))
      throw new ApiRequestError(403, 'forbidden', 'Only administrators and the group’s coordinators may do that.')
    return user
  }

  serveRoute(app, GROUP_ROUTES.members, async ({ params: { id }, request }) => {
    const { user } = requireSignedIn(request)
    await requireGroup(id)
    const members = (await accounts.membersOfGroup(id)).map(presentMembership)
    if (await policy.canManageGroup(user, id)) return { members }
    if (!members.some((m) => m.userId === user.id))
      throw new ApiRequestError(403, 'forbidden', 'Only the group’s members see who is in it.')
    return { members: members.map((m) => ({ ...m, email: '' })) }
  })

  serveRoute(app, GROUP_ROUTES.setRole, async ({ params: { id, userId }, body: { role }, request }) => {
    const actor = await manageable(request, id)
    if (!(await accounts.userById(userId))) throw new ApiRequestError(404, 'not_found', 'No account has that id.')
    await groups.setRole(actor, id, userId, role)
    return { members: (await accounts.membersOfGroup(id)).map(presentMembership) }
  })

  serveRoute(app, GROUP_ROUTES.removeMember, async ({ params: { id, userId }, request }) => {
    const actor = await manageable(request, id)
    await groups.remove(actor, id, userId)
    return { members: (await accounts.membersOfGroup(id)).map(presentMembership) }
  })

  serveRoute(app, AUDIT_ROUTES.list, async ({ query, request }) => {
    requireAdmin(request)
    return { entries: await presentAudit(await audit.list(query.limit), { accounts, catalog }) }
  })
}
