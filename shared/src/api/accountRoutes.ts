import { z } from 'zod'
import {
  invitationSchema,
  inviteRequestSchema,
  inviteResponseSchema,
  linkResponseSchema,
  updateUserRequestSchema,
  userListResponseSchema,
  userSchema,
} from './authApi.js'
import { defineRoute } from './route.js'

/** An account's id in a path. */
const userPath = z.strictObject({ id: z.string().min(1).max(64) })

/**
 * Accounts (administrators; coordinators may list the accounts in use, to choose members among
 * them, without administrator rights shown).
 */
export const ACCOUNT_ROUTES = {
  /** Every account (administrators), or the accounts in use (coordinators). */
  list: defineRoute({ method: 'GET', path: '/api/users', response: userListResponseSchema }),
  /** Invites a person: the account, and the one-time link they choose a password with. */
  invite: defineRoute({
    method: 'POST',
    path: '/api/users',
    body: inviteRequestSchema,
    response: inviteResponseSchema,
    status: 201,
  }),
  /** Grants or withdraws administrator rights, disables or re-enables an account. */
  update: defineRoute({
    method: 'PATCH',
    path: '/api/users/:id',
    params: userPath,
    body: updateUserRequestSchema,
    response: z.object({ user: userSchema }),
  }),
  /** A new invitation link (no password yet) or reset link; earlier links of the account stop working. */
  issueLink: defineRoute({
    method: 'POST',
    path: '/api/users/:id/link',
    params: userPath,
    response: linkResponseSchema,
    status: 201,
  }),
  /** Signs a person out everywhere; answers how many sessions ended. */
  endSessions: defineRoute({
    method: 'DELETE',
    path: '/api/users/:id/sessions',
    params: userPath,
    response: z.object({ ended: z.number().int().nonnegative() }),
  }),
  /** Every invitation and reset link with its state, newest first. */
  invitations: defineRoute({
    method: 'GET',
    path: '/api/invitations',
    response: z.object({ invitations: z.array(invitationSchema) }),
  }),
} as const
