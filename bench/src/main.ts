/**
 * The Samskriv bench: `npm run bench` (the issue's sizes) or `npm run bench -- --quick` (small
 * sizes, a few minutes). `--only fan-out,durability` runs some scenarios. `--repeat 3` runs them
 * three times and reports the median and spread of each figure, judging the targets from the
 * medians. Needs `npm run build`. Prints a table per scenario and writes the figures to
 * bench/results/<date>-<commit>.json.
 */
import fs from 'node:fs'
import path from 'node:path'
import { checkBuild } from './checkBuild.js'
import { machineInfo } from './measure/machineInfo.js'
import { benchRoot, repoRoot } from './paths.js'
import { aggregateRuns } from './report/aggregateRuns.js'
import { printReport } from './report/printReport.js'
import type { ScenarioResult } from './report/ScenarioResult.js'
import { writeResults } from './report/writeResults.js'
import { SCENARIOS } from './scenarios/scenarios.js'
import { runScenario } from './scenarios/runScenario.js'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const onlyIndex = args.indexOf('--only')
const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? '').split(',').filter(Boolean) : null
const repeatIndex = args.indexOf('--repeat')
const repeat = repeatIndex >= 0 ? Number(args[repeatIndex + 1]) : 1
if (!Number.isInteger(repeat) || repeat < 1) {
  console.error('--repeat takes a whole number of runs, 1 or more')
  process.exit(2)
}
const unknown = only?.filter((name) => !SCENARIOS.some((s) => s.name === name)) ?? []
if (unknown.length > 0) {
  console.error(`Unknown scenario ${unknown.join(', ')}; choose from ${SCENARIOS.map((s) => s.name).join(', ')}`)
  process.exit(2)
}

// y-websocket's provider adds a process 'exit' listener per client; hundreds are expected here.
process.setMaxListeners(0)
// A client library's stray rejection (e.g. a socket closed under it) must not end the whole run.
process.on('unhandledRejection', (reason) => console.error(`  unhandled rejection: ${String(reason)}`))

const problem = checkBuild()
if (problem.missing) {
  console.error(problem.missing)
  process.exit(1)
}
if (problem.stale) console.warn(`warning: ${problem.stale}`)

const machine = machineInfo(repoRoot)
const selected = SCENARIOS.filter((s) => only === null || only.includes(s.name))
console.log(
  `Samskriv bench${quick ? ' --quick' : ''}${repeat > 1 ? ` --repeat ${repeat}` : ''}: ${selected.map((s) => s.name).join(', ')}`,
)
const runs: ScenarioResult[][] = []
for (let run = 1; run <= repeat; run++) {
  const results: ScenarioResult[] = []
  for (const scenario of selected) {
    console.log(`\n> ${scenario.title}${repeat > 1 ? ` (run ${run} of ${repeat})` : ''}`)
    const result = await runScenario(scenario, quick)
    console.log(
      `  ${result.ok ? 'done' : `FAILED: ${result.error?.split('\n')[0]}`} in ${(result.durationMs / 1000).toFixed(1)} s`,
    )
    results.push(result)
  }
  runs.push(results)
}
const results = repeat > 1 ? aggregateRuns(runs) : runs[0]!
printReport(machine, quick, results)
const file = writeResults(path.join(benchRoot, 'results'), machine, quick, results, repeat > 1 ? runs : undefined)
console.log(`\nFigures written to ${path.relative(process.cwd(), file) || file}`)
if (!fs.existsSync(file) || results.some((r) => !r.ok)) process.exitCode = 1
