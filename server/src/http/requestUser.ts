import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fastifyCookie from '@fastify/cookie'
import type { AccountService } from '../accounts/AccountService.js'
import type { Policy } from '../policy/Policy.js'
import type { UserRecord } from '../storage/AccountStore.js'
import { ApiRequestError } from './ApiRequestError.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person (null: nobody, or the server runs open before its first account). */
    user: UserRecord | null
  }
}

/** The session cookie: HTTP-only, SameSite=Strict, path /; Secure when served over HTTPS. */
export const SESSION_COOKIE = 'samskriv_session'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Reads the session cookie into `request.user`, and refuses cross-site state-changing requests:
 * besides SameSite=Strict cookies and JSON-only bodies, a POST, PUT, PATCH or DELETE whose Origin
 * is another site, or that the browser marks cross-site, gets 403.
 */
export async function requestUser(app: FastifyInstance, accounts: AccountService): Promise<void> {
  await app.register(fastifyCookie)
  app.decorateRequest('user', null)
  app.addHook('onRequest', async (request) => {
    if (!SAFE_METHODS.has(request.method)) {
      const site = request.headers['sec-fetch-site']
      const origin = request.headers.origin
      const crossOrigin = origin !== undefined && origin !== 'null' && new URL(origin).host !== request.headers.host
      if (site === 'cross-site' || crossOrigin || origin === 'null') {
        throw new ApiRequestError(403, 'cross_site', 'Cross-site requests are not accepted.')
      }
    }
    const token = request.cookies[SESSION_COOKIE]
    if (token) request.user = await accounts.userForSession(token)
  })
}

/** Sets the session cookie after sign-in. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: request.protocol === 'https',
    expires: new Date(expiresAt),
  })
}

/** Clears the session cookie. */
export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' })
}

/** The signed-in person; 401 when sign-in is required and nobody is signed in. */
export async function requireUser(request: FastifyRequest, policy: Policy): Promise<UserRecord | null> {
  if (request.user) return request.user
  if (await policy.authRequired()) throw new ApiRequestError(401, 'unauthorized', 'Sign in first.')
  return null
}

/** An administrator (or anyone while the server runs open); 403 otherwise. */
export async function requireAdmin(request: FastifyRequest, policy: Policy): Promise<UserRecord | null> {
  const user = await requireUser(request, policy)
  if (user && !user.isAdmin) throw new ApiRequestError(403, 'forbidden', 'Only administrators may do that.')
  return user
}
