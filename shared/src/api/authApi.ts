import { z } from 'zod'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/passwordPolicy.js'
import { groupKindSchema, groupRoleSchema } from '../auth/roles.js'

/** An e-mail address, trimmed and lower-cased (accounts are found by it). */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(200))

/**
 * A password's length: 10–200 characters; passphrases welcome. The server also refuses passwords
 * that are easy to guess (see `passwordProblem`).
 */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH)

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

/** Where an account is: in use, invited (no password chosen yet), or disabled by an administrator. */
export const USER_STATUSES = ['active', 'invited', 'disabled'] as const
export type UserStatus = (typeof USER_STATUSES)[number]

/** An account as others see it. */
export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  /** Administrators invite people, manage groups, and may do anything with any document. */
  isAdmin: z.boolean(),
  status: z.enum(USER_STATUSES).default('active'),
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
  /** False only while the server runs open (OPEN_MODE=1, no account yet): everyone may use it. */
  authRequired: z.boolean(),
  /**
   * True while no account exists and the server is not open: nothing works until the first
   * administrator is created with the setup link the server printed.
   */
  setupRequired: z.boolean().default(false),
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

/** `POST /api/groups` (administrators). */
export const createGroupRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: groupKindSchema,
})

/** `PATCH /api/users/:id` (administrators): administrator rights, disabling and re-enabling. */
export const updateUserRequestSchema = z
  .strictObject({ isAdmin: z.boolean().optional(), disabled: z.boolean().optional() })
  .refine((v) => v.isAdmin !== undefined || v.disabled !== undefined, 'nothing to change')

/** `POST /api/auth/password`: a signed-in person changes their own password. */
export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: passwordSchema,
})

/** A one-time link: an invitation (choose a first password) or a reset (choose a new one). */
export const INVITATION_KINDS = ['invitation', 'reset'] as const
export const INVITATION_STATES = ['pending', 'used', 'expired', 'revoked'] as const
export const invitationSchema = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  email: z.string(),
  kind: z.enum(INVITATION_KINDS),
  state: z.enum(INVITATION_STATES),
  createdAt: z.string(),
  expiresAt: z.string(),
  usedAt: z.string().nullable(),
})
export type Invitation = z.infer<typeof invitationSchema>

/** `POST /api/users` (administrators): the account invited, its one-time link and the invitation. */
export const inviteResponseSchema = z.object({ user: userSchema, inviteUrl: z.string(), invitation: invitationSchema })

/** `POST /api/users/:id/link` (administrators): a new invitation, or a reset link, for an account. */
export const linkResponseSchema = z.object({ user: userSchema, link: z.string(), invitation: invitationSchema })

/** A signed-in session (a browser or device), as its owner sees it. */
export const sessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastSeenAt: z.string().nullable(),
  userAgent: z.string(),
  /** The session this request came with. */
  current: z.boolean(),
})
export type Session = z.infer<typeof sessionSchema>

/** `PUT /api/groups/:id/members/:userId` (administrators and the group's coordinators). */
export const setMembershipRequestSchema = z.strictObject({ role: groupRoleSchema })

/** `GET /api/documents/:id/token`: a short-lived token for `ws://…/sync/<id>?token=…`. */
export const relayTokenResponseSchema = z.object({ token: z.string(), expiresAt: z.iso.datetime() })
export type RelayTokenResponse = z.infer<typeof relayTokenResponseSchema>

/** `GET /api/users`: every account (signed-in people; e.g. to choose the signers of a justering). */
export const userListResponseSchema = z.object({ users: z.array(userSchema) })
