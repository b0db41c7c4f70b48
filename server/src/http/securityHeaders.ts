import type { FastifyInstance } from 'fastify'

/**
 * The app loads scripts, styles and data only from its own origin. `style-src 'unsafe-inline'` is
 * for the style attributes ProseMirror and the collaboration carets set (colours), not for scripts.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

/** Adds the security headers every response carries. */
export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('X-Content-Type-Options', 'nosniff')
    void reply.header('Referrer-Policy', 'no-referrer')
    void reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  })
}
