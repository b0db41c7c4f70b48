import type { MachineInfo } from '../measure/machineInfo.js'
import { formatTable } from './formatTable.js'
import type { ScenarioResult } from './ScenarioResult.js'

/** Prints every scenario's tables and notes, then every target with met / MISSED. */
export function printReport(machine: MachineInfo, quick: boolean, results: readonly ScenarioResult[]): void {
  const out: string[] = []
  out.push('')
  out.push(`Samskriv bench${quick ? ' (--quick: small sizes; targets are for the full sizes)' : ''}`)
  out.push(
    `${machine.date}  commit ${machine.commit.slice(0, 10)}${machine.dirty ? ' (uncommitted changes)' : ''}  ` +
      `${machine.cpuModel}, ${machine.cores} cores, ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GiB, Node ${machine.nodeVersion}`,
  )
  for (const result of results) {
    out.push('')
    out.push(`== ${result.title}  [${result.ok ? 'ok' : 'FAILED'}, ${(result.durationMs / 1000).toFixed(1)} s]`)
    for (const table of result.tables) out.push('', formatTable(table))
    if (result.notes.length > 0) out.push('', ...result.notes.map((note) => `  * ${note}`))
    if (result.error) out.push('', `  error: ${result.error.split('\n').slice(0, 4).join('\n         ')}`)
  }
  out.push('', '== Targets')
  for (const result of results) {
    for (const target of result.targets) {
      const verdict = target.met === null ? 'n/a   ' : target.met ? 'met   ' : 'MISSED'
      out.push(`  ${verdict}  ${target.target}: ${target.measured}`)
    }
  }
  console.log(out.join('\n'))
}
