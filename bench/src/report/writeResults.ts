import fs from 'node:fs'
import path from 'node:path'
import type { MachineInfo } from '../measure/machineInfo.js'
import type { ScenarioResult } from './ScenarioResult.js'

/**
 * Writes the run as JSON to `<dir>/<date>-<commit>[-quick][-repeatN].json` and returns the path;
 * with several runs, `results` are their medians and `runs` every run as measured.
 */
export function writeResults(
  dir: string,
  machine: MachineInfo,
  quick: boolean,
  results: readonly ScenarioResult[],
  runs?: ReadonlyArray<readonly ScenarioResult[]>,
): string {
  fs.mkdirSync(dir, { recursive: true })
  const stamp = machine.date.replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z')
  const file = path.join(
    dir,
    `${stamp}-${machine.commit.slice(0, 10)}${quick ? '-quick' : ''}${runs ? `-repeat${runs.length}` : ''}.json`,
  )
  const body = runs
    ? { machine, quick, repeat: runs.length, scenarios: results, runs }
    : { machine, quick, scenarios: results }
  fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`)
  return file
}
