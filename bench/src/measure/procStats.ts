import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

let ticksPerSecond: number | null = null

/** `getconf CLK_TCK`: the unit of utime and stime in /proc/<pid>/stat (100 on Linux almost always). */
function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
    } catch {
      ticksPerSecond = 100
    }
  }
  return ticksPerSecond
}

/** CPU time (user + system) a process has used so far, in seconds, from /proc/<pid>/stat. */
export function readCpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  const utime = Number(fields[11])
  const stime = Number(fields[12])
  return (utime + stime) / clockTicks()
}

/** Resident memory of a process now (VmRSS) and at its peak so far (VmHWM), in bytes. */
export interface ProcessMemory {
  readonly rssBytes: number
  readonly peakRssBytes: number
}

export function readMemory(pid: number): ProcessMemory {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024
  return { rssBytes: kb('VmRSS'), peakRssBytes: kb('VmHWM') }
}
