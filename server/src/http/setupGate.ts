import type { FastifyInstance } from 'fastify'
import type { Policy } from '../policy/Policy.js'
import { ApiRequestError } from './ApiRequestError.js'

/** What a server still being set up answers: who am I (it says so), and the setup itself. */
const OPEN_DURING_SETUP = new Set(['GET /api/auth/me', 'POST /api/setup'])

/**
 * Until the first administrator exists (and the server is not open), every API request but
 * `GET /api/auth/me` and `POST /api/setup` is refused with 503 `setup_required`; the relay refuses
 * every connection the same way. The app and /healthz are served.
 */
export function setupGate(app: FastifyInstance, policy: Policy): void {
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return
    if ((await policy.mode()) !== 'setup') return
    const route = `${request.method} ${request.url.split('?')[0]}`
    if (OPEN_DURING_SETUP.has(route)) return
    throw new ApiRequestError(
      503,
      'setup_required',
      'The server is not set up yet: create the first administrator with the setup link it printed.',
    )
  })
}
