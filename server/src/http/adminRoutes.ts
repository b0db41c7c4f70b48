import type { FastifyInstance } from 'fastify'
import { createGroupRequestSchema, inviteRequestSchema, setMembershipRequestSchema } from '@samskriv/shared'
import { z } from 'zod'
import type { AccountService } from '../accounts/AccountService.js'
import type { GroupService } from '../groups/GroupService.js'
import type { Policy } from '../policy/Policy.js'
import type { AccountStore, AuditLog } from '../storage/AccountStore.js'
import { ApiRequestError } from './ApiRequestError.js'
import { asApiError } from './authRoutes.js'
import { parseInput } from './parseInput.js'
import { presentGroup, presentMembership, presentUser } from './presentUser.js'
import { requireAdmin, requireUser } from './requestUser.js'

const idSchema = z.string().min(1).max(64)

/** People, groups, roles and the audit log: administrators, and coordinators for their groups. */
export function adminRoutes(
  app: FastifyInstance,
  deps: {
    accounts: AccountStore
    accountService: AccountService
    groups: GroupService
    audit: AuditLog
    policy: Policy
  },
): void {
  const { accounts, accountService, groups, audit, policy } = deps

  app.get('/api/users', async (request) => {
    await requireUser(request, policy)
    return { users: (await accounts.listUsers()).map(presentUser) }
  })

  app.post('/api/users', async (request, reply) => {
    const actor = await requireAdmin(request, policy)
    const input = parseInput(inviteRequestSchema, request.body, 'invitation')
    const { user, inviteToken } = await accountService.invite(actor, input).catch(asApiError)
    const inviteUrl = `${request.protocol}://${request.headers.host ?? 'localhost'}/inbjudan?token=${encodeURIComponent(inviteToken)}`
    return reply.code(201).send({ user: presentUser(user), inviteUrl })
  })

  app.get('/api/groups', async (request) => {
    await requireUser(request, policy)
    return { groups: (await accounts.listGroups()).map(presentGroup) }
  })

  app.post('/api/groups', async (request, reply) => {
    const actor = await requireAdmin(request, policy)
    const input = parseInput(createGroupRequestSchema, request.body, 'group')
    const group = await groups.create(actor, input)
    if (!group) throw new ApiRequestError(409, 'conflict', 'A group with that name exists.')
    return reply.code(201).send(presentGroup(group))
  })

  const groupParams = (params: unknown) =>
    parseInput(z.object({ id: idSchema, userId: idSchema.optional() }), params, 'path')

  async function manageable(request: Parameters<typeof requireUser>[0], groupId: string) {
    const actor = await requireUser(request, policy)
    if (!(await accounts.getGroup(groupId))) throw new ApiRequestError(404, 'not_found', 'No group has that id.')
    if (!(await policy.canManageGroup(actor, groupId)))
      throw new ApiRequestError(403, 'forbidden', 'Only administrators and the group’s coordinators may do that.')
    return actor
  }

  app.get('/api/groups/:id/members', async (request) => {
    const { id } = groupParams(request.params)
    await requireUser(request, policy)
    return { members: (await accounts.membersOfGroup(id)).map(presentMembership) }
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

  app.get('/api/audit', async (request) => {
    await requireAdmin(request, policy)
    const { limit } = parseInput(
      z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
      request.query,
      'query',
    )
    return { entries: await audit.list(limit) }
  })
}
