import { z } from 'zod'
import { groupKindSchema, groupRoleSchema } from '../auth/roles.js'

/** An e-mail address, trimmed and lower-cased (accounts are found by it). */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(200))

/** A password: 10–200 characters; passphrases welcome. */
export const passwordSchema = z.string().min(10, 'at least 10 characters').max(200)

/** A person's name as shown to others. */
export const personNameSchema = z.string().trim().min(1).max(200)

/** `POST /api/auth/login`. */
export const loginRequestSchema = z.strictObject({ email: emailSchema, password: z.string().min(1).max(200) })

/** `POST /api/setup`: creates the first administrator with the one-time setup token. */
export const setupRequestSchema = z.strictObject({
  setupToken: z.string().min(16).max(200),
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
})

/** `POST /api/auth/invitations/accept`: an invited person chooses a password. */
export const acceptInviteRequestSchema = z.strictObject({
  inviteToken: z.string().min(16).max(200),
  password: passwordSchema,
})

/** An account as others see it. */
export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  /** Administrators invite people, manage groups, and may do anything with any document. */
  isAdmin: z.boolean(),
})
export type User = z.infer<typeof userSchema>

/** A group that owns documents. */
export const groupSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: groupKindSchema,
})
export type Group = z.infer<typeof groupSchema>

/** Someone's role in a group. */
export const membershipSchema = z.object({
  groupId: z.string(),
  groupName: z.string(),
  userId: z.string(),
  userName: z.string(),
  email: z.string(),
  role: groupRoleSchema,
})
export type Membership = z.infer<typeof membershipSchema>

/** `GET /api/auth/me`. */
export const meResponseSchema = z.object({
  /** False until the first administrator exists: the server then runs open, without accounts. */
  authRequired: z.boolean(),
  /** The signed-in person, or null. */
  user: userSchema.nullable(),
  /** Their roles in groups. */
  memberships: z.array(membershipSchema),
})
export type MeResponse = z.infer<typeof meResponseSchema>

/** `POST /api/users` (administrators): invite someone; answers the one-time invitation link. */
export const inviteRequestSchema = z.strictObject({
  email: emailSchema,
  name: personNameSchema,
  isAdmin: z.boolean().default(false),
})
export const inviteResponseSchema = z.object({ user: userSchema, inviteUrl: z.string() })

/** `POST /api/groups` (administrators). */
export const createGroupRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: groupKindSchema,
})

/** `PUT /api/groups/:id/members/:userId` (administrators and the group's coordinators). */
export const setMembershipRequestSchema = z.strictObject({ role: groupRoleSchema })

/** `GET /api/documents/:id/token`: a short-lived token for `ws://…/sync/<id>?token=…`. */
export const relayTokenResponseSchema = z.object({ token: z.string(), expiresAt: z.iso.datetime() })
export type RelayTokenResponse = z.infer<typeof relayTokenResponseSchema>

/** `GET /api/users`: every account (signed-in people; e.g. to choose the signers of a justering). */
export const userListResponseSchema = z.object({ users: z.array(userSchema) })
