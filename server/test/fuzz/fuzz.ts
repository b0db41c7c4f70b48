// Runs the convergence fuzz test: `npm run fuzz` (the CI amount), `npm run fuzz -- --long`
// (thousands of seeds), `npm run fuzz -- --seed 144` (replay one), `--seeds 1000 --from 5000`.
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    long: { type: 'boolean', default: false },
    seed: { type: 'string' },
    seeds: { type: 'string' },
    from: { type: 'string' },
  },
})
const env = { ...process.env }
if (values.long) env.FUZZ_LONG = '1'
if (values.seed) env.FUZZ_SEED = values.seed
if (values.seeds) env.FUZZ_SEEDS = values.seeds
if (values.from) env.FUZZ_FIRST_SEED = values.from
const result = spawnSync('npx', ['vitest', 'run', '--project', 'server', 'test/convergenceFuzz'], {
  stdio: 'inherit',
  env,
})
process.exit(result.status ?? 1)
