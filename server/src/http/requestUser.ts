import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fastifyCookie from '@fastify/cookie'
import type { AccountService } from '../accounts/AccountService.js'
import type { Policy } from '../policy/Policy.js'
import type { SessionRecord, UserRecord } from '../storage/AccountStore.js'
import { ApiRequestError } from './ApiRequestError.js'
import type { SiteGuard } from './SiteGuard.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person (null: nobody, or the server runs open before its first account). */
    user: UserRecord | null
    /** The session the request came with. */
    session: SessionRecord | null
  }
}

/** The session cookie: HTTP-only, SameSite=Strict, path /; Secure when served over HTTPS. */
export const SESSION_COOKIE = 'samskriv_session'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Checks that every request is addressed to this site (`Host`) and that state-changing requests
 * come from it (`Origin`, `Sec-Fetch-Site`): 421 and 403 otherwise. Then reads the session cookie
 * into `request.user` and `request.session` (a disabled account's session counts as none).
 */
export async function requestUser(app: FastifyInstance, accounts: AccountService, site: SiteGuard): Promise<void> {
  await app.register(fastifyCookie)
  app.decorateRequest('user', null)
  app.decorateRequest('session', null)
  app.addHook('onRequest', async (request) => {
    const problem = site.problem(request.headers, !SAFE_METHODS.has(request.method))
    if (problem === 'host') throw new ApiRequestError(421, 'wrong_host', 'This server does not serve that host name.')
    if (problem === 'origin') throw new ApiRequestError(403, 'cross_site', 'Cross-site requests are not accepted.')
    const token = request.cookies[SESSION_COOKIE]
    const signedIn = token ? await accounts.signedIn(token) : null
    request.user = signedIn?.user ?? null
    request.session = signedIn?.session ?? null
  })
}

/** Sets the session cookie after sign-in. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  site: SiteGuard,
  token: string,
  expiresAt: string,
): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: site.isHttps || request.protocol === 'https',
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

/** A signed-in person with their session (own account pages); 401 otherwise, open mode too. */
export function requireSignedIn(request: FastifyRequest): { user: UserRecord; session: SessionRecord } {
  if (!request.user || !request.session) throw new ApiRequestError(401, 'unauthorized', 'Sign in first.')
  return { user: request.user, session: request.session }
}

/** An administrator (open mode has none: accounts are administered only once they exist); 401/403 otherwise. */
export function requireAdmin(request: FastifyRequest): UserRecord {
  const { user } = requireSignedIn(request)
  if (!user.isAdmin) throw new ApiRequestError(403, 'forbidden', 'Only administrators may do that.')
  return user
}
