import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { RedisBus } from '../../src/relay/bus/RedisBus.js'
import { PostgresStorage } from '../../src/storage/postgres/PostgresStorage.js'
import { FaultProxy } from '../fuzz/FaultProxy.js'
import { runSeed } from '../fuzz/runSeed.js'
import { runSeeds } from '../fuzz/runSeeds.js'
import { startPostgres, type TestPostgres } from '../services/postgres.js'
import { startRedis, type TestRedis } from '../services/redis.js'
import { startTestServer, type TestServer } from '../testServer.js'
import { waitFor } from '../waitFor.js'

/**
 * The convergence fuzz across relays: three relays, each with its own PostgreSQL pool and Redis
 * connections on one database and one Redis (as three processes would have), each behind its own
 * fault proxy; the five peers of a seed are spread over them. A few dozen seeds in CI;
 * CLUSTER_FUZZ_SEEDS=<n> for more, FUZZ_SEED=<seed> to replay one.
 */
const only = process.env.FUZZ_SEED === undefined ? null : Number(process.env.FUZZ_SEED)
const count = Number(process.env.CLUSTER_FUZZ_SEEDS ?? 24)
const seeds = only !== null ? [only] : Array.from({ length: count }, (_, i) => 1 + i)
const PARALLEL = 6

let postgres: TestPostgres
let redis: TestRedis
const relays: TestServer[] = []
const proxies: FaultProxy[] = []

beforeAll(async () => {
  if (!inject('servicesAvailable')) return
  ;[postgres, redis] = await Promise.all([startPostgres(), startRedis()])
  const url = await postgres.createDatabase()
  for (let i = 0; i < 3; i++) {
    const relay = await startTestServer({
      storage: () => PostgresStorage.connect(url, { maxConnections: 4 }),
      bus: (log) => RedisBus.connect(redis.url, log),
    })
    relays.push(relay)
    proxies.push(await FaultProxy.start(relay.syncUrl))
  }
})
afterAll(async () => {
  for (const proxy of proxies) await proxy.close()
  for (const relay of relays) await relay.close()
  await redis?.stop()
  await postgres?.stop()
})

describe.skipIf(!inject('servicesAvailable'))('convergence under faults across three relays', () => {
  it(
    `converges for ${seeds.length} random seeds (from ${seeds[0]})`,
    async () => {
      const failures = await runSeeds(seeds, PARALLEL, (seed) => runSeed(seed, relays, proxies, 'cluster'))
      expect(failures, failures.join('\n')).toEqual([])
      await waitFor(() => relays.every((r) => r.server.relay.openRoomCount === 0), 'every document to unload', 30_000)
    },
    Math.max(240_000, seeds.length * 3000),
  )
})
