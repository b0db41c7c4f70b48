import type { FastifyInstance } from 'fastify'
import type { Relay } from '../relay/Relay.js'
import type { Storage } from '../storage/Storage.js'

/** `GET /healthz`: 200 when storage answers, with the relay's load; 503 otherwise. */
export function healthRoutes(app: FastifyInstance, storage: Storage, relay: Relay): void {
  app.get('/healthz', async (_request, reply) => {
    void reply.header('Cache-Control', 'no-store')
    try {
      await storage.check()
    } catch {
      return reply.code(503).send({ status: 'unavailable', reason: 'storage does not answer' })
    }
    return { status: 'ok', openDocuments: relay.openRoomCount, connections: relay.connectionCount }
  })
}
