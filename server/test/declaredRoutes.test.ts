import { allApiRoutes } from '@samskriv/shared'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type * as CreateFastify from '../src/http/createFastify.js'
import { startTestServer, type TestServer } from './testServer.js'

/** Every route Fastify is given while the server is built, as `METHOD path`. */
const registered = vi.hoisted(() => [] as string[])

vi.mock('../src/http/createFastify.js', async (importOriginal) => {
  const real = await importOriginal<typeof CreateFastify>()
  return {
    createFastify: (...args: Parameters<typeof real.createFastify>) => {
      const app = real.createFastify(...args)
      app.addHook('onRoute', (route) => {
        for (const method of [route.method].flat()) registered.push(`${method} ${route.url}`)
      })
      return app
    },
  }
})

/**
 * Routes that are not part of the API and so are not declared in `shared/`: the load balancer's
 * health check (`/healthz`, for operations; no client calls it and its answer is no API object).
 * The relay's and the notices' websockets are upgrades of the HTTP server, not Fastify routes, and
 * the built client's files are served only when there is a client (not here).
 */
const NOT_API = new Set(['GET /healthz'])

let test: TestServer | null = null
afterAll(() => test?.close())

describe('the HTTP routes', () => {
  it('are exactly the routes declared in shared/, each once', async () => {
    test = await startTestServer()
    const declared = allApiRoutes().map((route) => `${route.method} ${route.path}`)
    expect(new Set(declared).size, 'a route declared twice').toBe(declared.length)

    // Fastify adds a HEAD route for every GET; it answers as the GET does.
    const served = registered.filter((route) => !route.startsWith('HEAD ') && !NOT_API.has(route))
    expect(
      served.filter((route) => !declared.includes(route)),
      'served but not declared in shared/',
    ).toEqual([])
    expect(
      declared.filter((route) => !served.includes(route)),
      'declared in shared/ but not served',
    ).toEqual([])
    expect(served).toHaveLength(declared.length)
    for (const route of NOT_API) expect(registered).toContain(route)
  })
})
