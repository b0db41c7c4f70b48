import fs from 'node:fs'
import path from 'node:path'
import type { MachineInfo } from '../measure/machineInfo.js'
import type { ScenarioResult } from './ScenarioResult.js'

/** Writes the run as JSON to `<dir>/<date>-<commit>[-quick].json` and returns the path. */
export function writeResults(
  dir: string,
  machine: MachineInfo,
  quick: boolean,
  results: readonly ScenarioResult[],
): string {
  fs.mkdirSync(dir, { recursive: true })
  const stamp = machine.date.replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z')
  const file = path.join(dir, `${stamp}-${machine.commit.slice(0, 10)}${quick ? '-quick' : ''}.json`)
  fs.writeFileSync(file, `${JSON.stringify({ machine, quick, scenarios: results }, null, 2)}\n`)
  return file
}
