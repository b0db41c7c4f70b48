import type { FastifyInstance, FastifyRequest } from 'fastify'
import {
  AUDIT_ROUTES,
  createGroupRequestSchema,
  inviteRequestSchema,
  setMembershipRequestSchema,
  updateUserRequestSchema,
  type Invitation,
  type User,
} from '@samskriv/shared'
import { z } from 'zod'
import type { AccountAdministration } from '../accounts/AccountAdministration.js'
import type { GroupService } from '../groups/GroupService.js'
import type { Policy } from '../policy/Policy.js'
import type { AccountStore, AuditLog } from '../storage/AccountStore.js'
import { ApiRequestError } from './ApiRequestError.js'
import { asApiError } from './authRoutes.js'
import { parseInput } from './parseInput.js'
import { presentAudit } from './presentAudit.js'
import { presentGroup, presentMembership, presentUser } from './presentUser.js'
import { requireAdmin, requireSignedIn, requireUser } from './requestUser.js'
import type { SiteGuard } from './SiteGuard.js'
import { serveRoute } from './serveRoute.js'
import type { DocumentCatalog } from '../storage/Storage.js'

const idSchema = z.string().min(1).max(64)
const userParams = (params: unknown) => parseInput(z.object({ id: idSchema }), params, 'path')

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

  app.get('/api/users', async (request): Promise<{ users: User[] }> => {
    const { user } = requireSignedIn(request)
    const all = await accounts.listUsers()
    if (user.isAdmin) return { users: all.map(presentUser) }
    if (!(await isCoordinator(user.id)))
      throw new ApiRequestError(403, 'forbidden', 'Only administrators and coordinators list accounts.')
    // Coordinators choose members among the accounts in use.
    return { users: all.filter((u) => u.disabledAt === null).map((u) => ({ ...presentUser(u), isAdmin: false })) }
  })

  app.post('/api/users', async (request, reply) => {
    const actor = requireAdmin(request)
    const input = parseInput(inviteRequestSchema, request.body, 'invitation')
    const { user, token, invitation } = await administration.invite(actor, input).catch(asApiError)
    return reply.code(201).send({ user: presentUser(user), inviteUrl: linkTo(request, token), invitation })
  })

  app.patch('/api/users/:id', async (request) => {
    const actor = requireAdmin(request)
    const { id } = userParams(request.params)
    const change = parseInput(updateUserRequestSchema, request.body, 'change')
    return { user: presentUser(await administration.update(actor, id, change).catch(asApiError)) }
  })

  app.post('/api/users/:id/link', async (request, reply) => {
    const actor = requireAdmin(request)
    const { id } = userParams(request.params)
    const { user, token, invitation } = await administration.issueLink(actor, id).catch(asApiError)
    return reply.code(201).send({ user: presentUser(user), link: linkTo(request, token), invitation })
  })

  app.delete('/api/users/:id/sessions', async (request) => {
    const actor = requireAdmin(request)
    const { id } = userParams(request.params)
    return { ended: await administration.endSessions(actor, id).catch(asApiError) }
  })

  app.get('/api/invitations', async (request): Promise<{ invitations: Invitation[] }> => {
    requireAdmin(request)
    return { invitations: await administration.invitations() }
  })

  app.get('/api/groups', async (request) => {
    const user = await requireUser(request, policy)
    if (user?.isAdmin) return { groups: (await accounts.listGroups()).map(presentGroup) }
    const own = new Set(user ? (await accounts.membershipsOfUser(user.id)).map((m) => m.groupId) : [])
    return { groups: (await accounts.listGroups()).filter((g) => own.has(g.id)).map(presentGroup) }
  })

  app.post('/api/groups', async (request, reply) => {
    const actor = requireAdmin(request)
    const input = parseInput(createGroupRequestSchema, request.body, 'group')
    const group = await groups.create(actor, input)
    if (!group) throw new ApiRequestError(409, 'conflict', 'A group with that name exists.')
    return reply.code(201).send(presentGroup(group))
  })

  const groupParams = (params: unknown) =>
    parseInput(z.object({ id: idSchema, userId: idSchema.optional() }), params, 'path')

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

  app.get('/api/groups/:id/members', async (request) => {
    const { id } = groupParams(request.params)
    const { user } = requireSignedIn(request)
    await requireGroup(id)
    const members = (await accounts.membersOfGroup(id)).map(presentMembership)
    if (await policy.canManageGroup(user, id)) return { members }
    if (!members.some((m) => m.userId === user.id))
      throw new ApiRequestError(403, 'forbidden', 'Only the group’s members see who is in it.')
    return { members: members.map((m) => ({ ...m, email: '' })) }
  })

  app.put('/api/groups/:id/members/:userId', async (request) => {
    const { id, userId } = groupParams(request.params)
    const actor = await manageable(request, id)
    const { role } = parseInput(setMembershipRequestSchema, request.body, 'role')
    if (!userId || !(await accounts.userById(userId)))
      throw new ApiRequestError(404, 'not_found', 'No account has that id.')
    await groups.setRole(actor, id, userId, role)
    return { members: (await accounts.membersOfGroup(id)).map(presentMembership) }
  })

  app.delete('/api/groups/:id/members/:userId', async (request) => {
    const { id, userId } = groupParams(request.params)
    const actor = await manageable(request, id)
    if (userId) await groups.remove(actor, id, userId)
    return { members: (await accounts.membersOfGroup(id)).map(presentMembership) }
  })

  serveRoute(app, AUDIT_ROUTES.list, async ({ query, request }) => {
    requireAdmin(request)
    return { entries: await presentAudit(await audit.list(query.limit), { accounts, catalog }) }
  })
}
