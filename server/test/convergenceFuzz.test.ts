import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FaultProxy } from './fuzz/FaultProxy.js'
import { runSeed } from './fuzz/runSeed.js'
import { runSeeds } from './fuzz/runSeeds.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'

/**
 * Seeds that once failed, kept as regression cases with what they caught. A new failure prints its
 * seed: replay it with FUZZ_SEED=<seed>, fix the cause, and add it here.
 */
const REGRESSION_SEEDS: ReadonlyArray<readonly [seed: number, what: string]> = [
  [144, 'the relay’s formatting cleanup was not sent back to the writer'],
  [152, 'the relay’s formatting cleanup was not sent back to the writer'],
  [222, 'the relay’s formatting cleanup was not sent back to the writer'],
  [230, 'the relay’s formatting cleanup was not sent back to the writer'],
]

/**
 * How many random seeds: a few hundred in CI (`npm test`), thousands with FUZZ_LONG=1 or
 * `npm run fuzz -- --long`, one with FUZZ_SEED=<seed>, or FUZZ_SEEDS=<n>.
 */
const long = process.env.FUZZ_LONG === '1'
const count = Number(process.env.FUZZ_SEEDS ?? (long ? 5000 : 300))
const firstSeed = Number(process.env.FUZZ_FIRST_SEED ?? 1)
const only = process.env.FUZZ_SEED === undefined ? null : Number(process.env.FUZZ_SEED)
const seeds = only !== null ? [only] : Array.from({ length: count }, (_, i) => firstSeed + i)
/** Seeds run side by side: each is its own document with its own five peers. */
const PARALLEL = 8

let relay: TestServer
let proxy: FaultProxy
beforeAll(async () => {
  relay = await startTestServer()
  proxy = await FaultProxy.start(relay.syncUrl)
})
afterAll(async () => {
  await proxy?.close()
  await relay?.close()
})

describe('convergence under faults: five peers through a fault-injecting proxy', () => {
  it.each(REGRESSION_SEEDS)('regression seed %i (%s)', async (seed) => {
    await runSeed(seed, [relay], [proxy], 'regression')
  })

  it(
    `converges for ${seeds.length} random seeds (from ${seeds[0]})`,
    async () => {
      const failures = await runSeeds(seeds, PARALLEL, (seed) => runSeed(seed, [relay], [proxy], 'fuzz'))
      expect(failures, failures.join('\n')).toEqual([])
      // Every document left memory once its peers were gone.
      await waitFor(() => relay.server.relay.openRoomCount === 0, 'every fuzzed document to unload', 30_000)
    },
    long ? 4 * 60 * 60_000 : Math.max(240_000, seeds.length * 1500),
  )
})
