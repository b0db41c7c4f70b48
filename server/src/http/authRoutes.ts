import type { FastifyInstance } from 'fastify'
import rateLimit from '@fastify/rate-limit'
import { acceptInviteRequestSchema, loginRequestSchema, setupRequestSchema, type MeResponse } from '@samskriv/shared'
import { AccountError, type AccountService } from '../accounts/AccountService.js'
import type { Policy } from '../policy/Policy.js'
import type { AccountStore } from '../storage/AccountStore.js'
import { ApiRequestError } from './ApiRequestError.js'
import { parseInput } from './parseInput.js'
import { presentMembership, presentUser } from './presentUser.js'
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './requestUser.js'

/** Sign-in attempts allowed per client address and minute (the library counts them). */
const SIGN_IN_LIMIT = { max: 10, timeWindow: '1 minute' }

const ACCOUNT_ERRORS: Record<AccountError['code'], number> = {
  setupDone: 409,
  badSetupToken: 403,
  emailTaken: 409,
  badInvitation: 400,
}

function asApiError(error: unknown): never {
  if (error instanceof AccountError) throw new ApiRequestError(ACCOUNT_ERRORS[error.code], error.code, error.message)
  throw error
}

/** `/api/auth/*` and `/api/setup`: who am I, sign in and out, first-start setup, invitations. */
export async function authRoutes(
  app: FastifyInstance,
  service: AccountService,
  accounts: AccountStore,
  policy: Policy,
) {
  await app.register(rateLimit, { global: false })

  app.get('/api/auth/me', async (request): Promise<MeResponse> => {
    const user = request.user
    return {
      authRequired: await policy.authRequired(),
      user: user ? presentUser(user) : null,
      memberships: user ? (await accounts.membershipsOfUser(user.id)).map(presentMembership) : [],
    }
  })

  app.post('/api/auth/login', { config: { rateLimit: SIGN_IN_LIMIT } }, async (request, reply) => {
    const { email, password } = parseInput(loginRequestSchema, request.body, 'sign-in')
    const result = await service.signIn(email, password, request.ip)
    if (!result) throw new ApiRequestError(401, 'bad_credentials', 'Wrong e-mail address or password.')
    setSessionCookie(request, reply, result.sessionToken, result.expiresAt)
    return { user: presentUser(result.user) }
  })

  app.post('/api/auth/logout', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE]
    if (token) await service.signOut(token, request.user)
    clearSessionCookie(reply)
    return { ok: true }
  })

  app.post('/api/setup', { config: { rateLimit: SIGN_IN_LIMIT } }, async (request, reply) => {
    const input = parseInput(setupRequestSchema, request.body, 'setup')
    const result = await service.completeSetup(input).catch(asApiError)
    setSessionCookie(request, reply, result.sessionToken, result.expiresAt)
    return reply.code(201).send({ user: presentUser(result.user) })
  })

  app.post('/api/auth/invitations/accept', { config: { rateLimit: SIGN_IN_LIMIT } }, async (request, reply) => {
    const { inviteToken, password } = parseInput(acceptInviteRequestSchema, request.body, 'invitation')
    const result = await service.acceptInvitation(inviteToken, password).catch(asApiError)
    setSessionCookie(request, reply, result.sessionToken, result.expiresAt)
    return { user: presentUser(result.user) }
  })
}

export { asApiError }
