import type { FastifyInstance, FastifyRequest } from 'fastify'
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import { AUTH_ROUTES } from '@samskriv/shared'
import { AccountError, type AccountService } from '../accounts/AccountService.js'
import type { Policy } from '../policy/Policy.js'
import type { AccountStore } from '../storage/AccountStore.js'
import { ApiRequestError } from './ApiRequestError.js'
import { presentMembership, presentUser } from './presentUser.js'
import { clearSessionCookie, requireSignedIn, SESSION_COOKIE, setSessionCookie } from './requestUser.js'
import { serveRoute } from './serveRoute.js'
import type { SiteGuard } from './SiteGuard.js'

/** Sign-in attempts allowed per client address and minute (the library counts them). */
const SIGN_IN_LIMIT = { max: 10, timeWindow: '1 minute' }

const ACCOUNT_ERRORS: Record<AccountError['code'], number> = {
  setupDone: 409,
  badSetupToken: 403,
  emailTaken: 409,
  invitationPending: 409,
  badInvitation: 400,
  weakPassword: 400,
  wrongPassword: 403,
  lastAdministrator: 409,
  notFound: 404,
  disabled: 409,
}

function asApiError(error: unknown): never {
  if (error instanceof AccountError) throw new ApiRequestError(ACCOUNT_ERRORS[error.code], error.code, error.message)
  throw error
}

const userAgent = (request: FastifyRequest) => request.headers['user-agent'] ?? ''

/**
 * `/api/auth/*` and `/api/setup`: who am I, sign in and out, first-start setup, invitation and
 * reset links, one's own password and sessions.
 */
export async function authRoutes(
  app: FastifyInstance,
  deps: {
    service: AccountService
    accounts: AccountStore
    policy: Policy
    site: SiteGuard
    /** Where attempts are counted (shared by every process); default: in this process. */
    rateLimitStore?: FastifyRateLimitStoreCtor | undefined
  },
) {
  const { service, accounts, policy, site } = deps
  await app.register(rateLimit, { global: false, ...(deps.rateLimitStore ? { store: deps.rateLimitStore } : {}) })

  const signInLimit = { config: { rateLimit: SIGN_IN_LIMIT } }

  serveRoute(app, AUTH_ROUTES.me, async ({ request }) => {
    const user = request.user
    const mode = await policy.mode()
    return {
      authRequired: mode !== 'open',
      setupRequired: mode === 'setup',
      user: user ? presentUser(user) : null,
      memberships: user ? (await accounts.membershipsOfUser(user.id)).map(presentMembership) : [],
    }
  })

  serveRoute(
    app,
    AUTH_ROUTES.login,
    async ({ body: { email, password }, request, reply }) => {
      const result = await service.signIn(email, password, request.ip, userAgent(request))
      if (!result) throw new ApiRequestError(401, 'bad_credentials', 'Wrong e-mail address or password.')
      setSessionCookie(request, reply, site, result.sessionToken, result.session.expiresAt)
      return { user: presentUser(result.user) }
    },
    signInLimit,
  )

  serveRoute(app, AUTH_ROUTES.logout, async ({ request, reply }) => {
    const token = request.cookies[SESSION_COOKIE]
    const signedIn = request.user && request.session ? { user: request.user, session: request.session } : null
    if (token) await service.signOut(signedIn, token)
    clearSessionCookie(reply)
    return { ok: true as const }
  })

  serveRoute(
    app,
    AUTH_ROUTES.setup,
    async ({ body, request, reply }) => {
      const result = await service.completeSetup(body, userAgent(request)).catch(asApiError)
      setSessionCookie(request, reply, site, result.sessionToken, result.session.expiresAt)
      return { user: presentUser(result.user) }
    },
    signInLimit,
  )

  serveRoute(
    app,
    AUTH_ROUTES.acceptInvitation,
    async ({ body: { inviteToken, password }, request, reply }) => {
      const result = await service.acceptInvitation(inviteToken, password, userAgent(request)).catch(asApiError)
      setSessionCookie(request, reply, site, result.sessionToken, result.session.expiresAt)
      return { user: presentUser(result.user) }
    },
    signInLimit,
  )

  serveRoute(
    app,
    AUTH_ROUTES.changePassword,
    async ({ body: { currentPassword, newPassword }, request }) => {
      const signedIn = requireSignedIn(request)
      await service.changePassword(signedIn, currentPassword, newPassword).catch(asApiError)
      return { ok: true as const }
    },
    signInLimit,
  )

  serveRoute(app, AUTH_ROUTES.sessions, async ({ request }) => {
    const { user, session: current } = requireSignedIn(request)
    const sessions = await service.sessions(user)
    return {
      sessions: sessions.map((s) => ({
        id: s.id,
        createdAt: s.createdAt,
        expiresAt: s.expiresAt,
        lastSeenAt: s.lastSeenAt,
        userAgent: s.userAgent,
        current: s.id === current.id,
      })),
    }
  })

  serveRoute(app, AUTH_ROUTES.endSession, async ({ params: { id }, request, reply }) => {
    const { user, session: current } = requireSignedIn(request)
    if (!(await service.revokeOwnSession(user, id)))
      throw new ApiRequestError(404, 'not_found', 'You have no session with that id.')
    if (id === current.id) clearSessionCookie(reply)
    return { ok: true as const }
  })
}

export { asApiError }
