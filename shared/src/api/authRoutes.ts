import { z } from 'zod'
import {
  acceptInviteRequestSchema,
  changePasswordRequestSchema,
  loginRequestSchema,
  meResponseSchema,
  sessionSchema,
  setupRequestSchema,
  userSchema,
} from './authApi.js'
import { okResponseSchema } from './approvalApi.js'
import { defineRoute } from './route.js'

/** A sign-in's answer: the person now signed in (the session is an HTTP-only cookie). */
const signedInSchema = z.object({ user: userSchema })

/**
 * `/api/auth/*` and `/api/setup`: who am I, sign in and out, first-start setup, invitation and
 * reset links, one's own password and sessions. Signing in sets the session cookie; signing out
 * (or ending the current session) clears it.
 */
export const AUTH_ROUTES = {
  /** Who is signed in, and whether the server has accounts at all (anyone may ask). */
  me: defineRoute({ method: 'GET', path: '/api/auth/me', response: meResponseSchema }),
  /** 401 `bad_credentials` for a wrong e-mail address or password; at most 10 a minute per address. */
  login: defineRoute({ method: 'POST', path: '/api/auth/login', body: loginRequestSchema, response: signedInSchema }),
  /** Ends this session (if any) and clears the cookie. */
  logout: defineRoute({ method: 'POST', path: '/api/auth/logout', response: okResponseSchema }),
  /** The first administrator, with the one-time setup token the server printed. */
  setup: defineRoute({
    method: 'POST',
    path: '/api/setup',
    body: setupRequestSchema,
    response: signedInSchema,
    status: 201,
  }),
  /** An invited person (or one with a reset link) chooses a password and is signed in. */
  acceptInvitation: defineRoute({
    method: 'POST',
    path: '/api/auth/invitations/accept',
    body: acceptInviteRequestSchema,
    response: signedInSchema,
  }),
  /** A signed-in person changes their own password; their other sessions end. */
  changePassword: defineRoute({
    method: 'POST',
    path: '/api/auth/password',
    body: changePasswordRequestSchema,
    response: okResponseSchema,
  }),
  /** One's own sessions (browsers and devices signed in). */
  sessions: defineRoute({
    method: 'GET',
    path: '/api/auth/sessions',
    response: z.object({ sessions: z.array(sessionSchema) }),
  }),
  /** Ends one of one's own sessions (404 for anyone else's). */
  endSession: defineRoute({
    method: 'DELETE',
    path: '/api/auth/sessions/:id',
    params: z.strictObject({ id: z.string().min(1).max(64) }),
    response: okResponseSchema,
  }),
} as const
