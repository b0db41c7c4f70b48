import Fastify, { type FastifyInstance } from 'fastify'
import type { ServerOptions } from '../serverOptions.js'
import { redactUrl } from './SiteGuard.js'

/**
 * The HTTP server: JSON logging without tokens in URLs, the proxies to trust, body and time limits
 * (a client too slow with its headers or request is cut off, so half-open handshakes cannot pile up).
 */
export function createFastify(options: ServerOptions): FastifyInstance {
  return Fastify({
    logger:
      options.logLevel === false
        ? false
        : {
            level: options.logLevel ?? 'info',
            ...(options.logStream ? { stream: options.logStream } : {}),
            // Setup, invitation and relay tokens never reach the log.
            serializers: {
              req: (request: { method?: string; url?: string; ip?: string }) => ({
                method: request.method,
                url: redactUrl(request.url),
                remoteAddress: request.ip,
              }),
            },
          },
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimitBytes ?? 64 * 1024,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    http: {
      headersTimeout: options.headersTimeoutMs ?? 10_000,
      // How often Node looks for connections past those timeouts (its default is 30 s).
      connectionsCheckingInterval: Math.min(1000, options.headersTimeoutMs ?? 1000),
    },
    forceCloseConnections: true,
  })
}
