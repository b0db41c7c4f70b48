import { z } from 'zod'
import { createGroupRequestSchema, groupSchema, membershipSchema, setMembershipRequestSchema } from './authApi.js'
import { defineRoute } from './route.js'

const id = z.string().min(1).max(64)
/** A group's members, as every change of them answers. */
const membersSchema = z.object({ members: z.array(membershipSchema) })
/** A member of a group, in a path. */
const memberPath = z.strictObject({ id, userId: id })

/**
 * Groups and their members. Administrators see and create every group; a group's coordinators
 * manage its members; members see their own groups and who is in them (without e-mail addresses).
 */
export const GROUP_ROUTES = {
  /** Every group (administrators), or one's own. */
  list: defineRoute({ method: 'GET', path: '/api/groups', response: z.object({ groups: z.array(groupSchema) }) }),
  /** 409 `conflict` when a group has the name. */
  create: defineRoute({
    method: 'POST',
    path: '/api/groups',
    body: createGroupRequestSchema,
    response: groupSchema,
    status: 201,
  }),
  members: defineRoute({
    method: 'GET',
    path: '/api/groups/:id/members',
    params: z.strictObject({ id }),
    response: membersSchema,
  }),
  /** Adds a person to the group, or changes their role there; answers the group's members. */
  setRole: defineRoute({
    method: 'PUT',
    path: '/api/groups/:id/members/:userId',
    params: memberPath,
    body: setMembershipRequestSchema,
    response: membersSchema,
  }),
  /** Removes a person from the group; answers the group's members. */
  removeMember: defineRoute({
    method: 'DELETE',
    path: '/api/groups/:id/members/:userId',
    params: memberPath,
    response: membersSchema,
  }),
} as const
