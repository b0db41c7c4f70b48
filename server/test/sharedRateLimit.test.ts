import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { MemoryStorage } from '../src/storage/MemoryStorage.js'
import { account, call } from './accounts.js'
import { freePort } from './services/freePort.js'
import { startRedis, type TestRedis } from './services/redis.js'
import { startTestServer, type TestServer } from './testServer.js'

let redis: TestRedis
const servers: TestServer[] = []
const connections: Redis[] = []
beforeAll(async () => {
  if (inject('servicesAvailable')) redis = await startRedis()
})
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
  for (const c of connections.splice(0)) c.disconnect()
})
afterAll(() => redis?.stop())

/** A connection as the server makes it: failing fast, never queueing. */
function counters(url: string): Redis {
  const connection = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true })
  connection.on('error', () => {})
  connections.push(connection)
  void connection.connect().catch(() => {})
  return connection
}

/** Two server processes' worth (one storage) counting sign-in attempts in `url`'s Redis. */
async function twoServers(url: string): Promise<[TestServer, TestServer]> {
  const storage = new MemoryStorage()
  for (let i = 0; i < 2; i++) {
    servers.push(await startTestServer({ storage: () => storage, rateLimitRedis: counters(url) }))
  }
  return [servers[0]!, servers[1]!]
}

const guess = (server: TestServer, i: number) =>
  call(server, 'POST', '/api/auth/login', { email: 'anna@example.se', password: `gissning ${i}!!` })

describe.skipIf(!inject('servicesAvailable'))('sign-in attempts with several processes', () => {
  it('are counted together: guesses spread over two processes are refused after ten', async () => {
    const [a, b] = await twoServers(redis.url)
    await account(a, 'Anna', { admin: true })
    const statuses: number[] = []
    // Six on each: within each process's own limit, past the shared one.
    for (let i = 0; i < 12; i++) statuses.push((await guess(i % 2 === 0 ? a : b, i)).status)
    expect(statuses.slice(0, 9)).not.toContain(429)
    expect(statuses.slice(10)).toEqual([429, 429])
  })

  it('are counted by each process while Redis does not answer', async () => {
    const [a] = await twoServers(`redis://127.0.0.1:${await freePort()}`)
    await account(a, 'Anna', { admin: true })
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) statuses.push((await guess(a, i)).status)
    expect(statuses.slice(10)).toEqual([429, 429])
  })
})
