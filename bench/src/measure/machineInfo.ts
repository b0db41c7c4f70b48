import { execFileSync } from 'node:child_process'
import os from 'node:os'

/** What the figures were measured on and at which commit. */
export interface MachineInfo {
  readonly date: string
  readonly commit: string
  /** Whether the work tree had uncommitted changes. */
  readonly dirty: boolean
  readonly cpuModel: string
  readonly cores: number
  readonly memoryBytes: number
  readonly nodeVersion: string
  readonly platform: string
}

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null
  }
}

export function machineInfo(repoRoot: string): MachineInfo {
  return {
    date: new Date().toISOString(),
    commit: git(['rev-parse', 'HEAD'], repoRoot) ?? 'unknown',
    dirty: (git(['status', '--porcelain'], repoRoot) ?? '') !== '',
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryBytes: os.totalmem(),
    nodeVersion: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  }
}
