import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InProcessHub } from '../src/relay/bus/InProcessBus.js'
import { MemoryStorage } from '../src/storage/MemoryStorage.js'
import { FaultProxy } from './fuzz/FaultProxy.js'
import { runSeed } from './fuzz/runSeed.js'
import { runSeeds } from './fuzz/runSeeds.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'

/**
 * The convergence fuzz across three relays in one process, sharing one store and joined by an
 * in-process bus: what several relay processes do, without PostgreSQL and Redis, so it runs
 * anywhere and fast (the suite in test/cluster runs it on the real services).
 */
const REGRESSION_SEEDS: ReadonlyArray<readonly [seed: number, what: string]> = [
  [101, 'a formatting cleanup Yjs wrote after another relay’s entries was neither stored nor published'],
]
const only = process.env.FUZZ_SEED === undefined ? null : Number(process.env.FUZZ_SEED)
const count = Number(process.env.RELAYS_FUZZ_SEEDS ?? 60)
const seeds = only !== null ? [only] : Array.from({ length: count }, (_, i) => 1 + i)
const PARALLEL = 6

const relays: TestServer[] = []
const proxies: FaultProxy[] = []
beforeAll(async () => {
  const storage = new MemoryStorage()
  const hub = new InProcessHub()
  for (let i = 0; i < 3; i++) {
    const relay = await startTestServer({ storage: () => storage, bus: () => Promise.resolve(hub.connect()) })
    relays.push(relay)
    proxies.push(await FaultProxy.start(relay.syncUrl))
  }
})
afterAll(async () => {
  for (const proxy of proxies) await proxy.close()
  for (const relay of relays) await relay.close()
})

describe('convergence under faults across relays in one process', () => {
  it.each(REGRESSION_SEEDS)('regression seed %i (%s)', async (seed) => {
    await runSeed(seed, relays, proxies, 'relays-regression')
  })

  it(
    `converges for ${seeds.length} random seeds (from ${seeds[0]})`,
    async () => {
      const failures = await runSeeds(seeds, PARALLEL, (seed) => runSeed(seed, relays, proxies, 'relays'))
      expect(failures, failures.join('\n')).toEqual([])
      await waitFor(() => relays.every((r) => r.server.relay.openRoomCount === 0), 'every document to unload', 30_000)
    },
    Math.max(120_000, seeds.length * 2000),
  )
})
