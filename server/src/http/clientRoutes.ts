import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { ApiRequestError } from './ApiRequestError.js'

/** Hashed build output may be cached for a year; everything else is revalidated every time. */
const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

/** Paths that never fall back to the app's index.html. */
const NOT_APP_PATHS = /^\/(api|sync|healthz)(\/|$)/

function cacheControl(filePath: string): string {
  return filePath.includes(`${path.sep}assets${path.sep}`) ? IMMUTABLE : REVALIDATE
}

/**
 * Serves the built client from `clientDir`. The service worker, index.html and the manifest are
 * never cached by HTTP caches (a new version must be seen); hashed assets are cached long. Any
 * other GET that accepts HTML gets index.html, so deep links work.
 */
export async function clientRoutes(app: FastifyInstance, clientDir: string): Promise<void> {
  const indexFile = path.join(clientDir, 'index.html')
  const hasClient = fs.existsSync(indexFile)
  if (hasClient) {
    await app.register(fastifyStatic, {
      root: clientDir,
      wildcard: false,
      cacheControl: false,
      etag: true,
      lastModified: true,
      setHeaders: (res, filePath) => {
        res.setHeader('Cache-Control', cacheControl(filePath))
      },
    })
  } else {
    app.log.warn({ clientDir }, 'no built client found; run `npm run build` to serve the app')
  }

  app.setNotFoundHandler(async (request, reply: FastifyReply) => {
    const pathname = request.url.split('?', 1)[0] ?? '/'
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !NOT_APP_PATHS.test(pathname) &&
      (request.headers.accept ?? '').includes('text/html')
    if (hasClient && wantsPage) {
      return reply.header('Cache-Control', REVALIDATE).sendFile('index.html')
    }
    throw new ApiRequestError(404, 'not_found', `Nothing at ${request.method} ${pathname}.`)
  })
}
