import { readMemory } from './procStats.js'

/**
 * Samples a process's VmRSS at an interval, for the peak over a phase (VmHWM covers the whole life
 * of the process, this covers only the phase) and a steady value (the mean of recent samples).
 */
export class RssSampler {
  private readonly samples: number[] = []
  private readonly timer: NodeJS.Timeout

  constructor(
    private readonly pid: number,
    intervalMs = 100,
  ) {
    this.sample()
    this.timer = setInterval(() => this.sample(), intervalMs)
    this.timer.unref()
  }

  /** The highest RSS sampled, in bytes. */
  get peakBytes(): number {
    return Math.max(...this.samples)
  }

  stop(): void {
    clearInterval(this.timer)
    this.sample()
  }

  private sample(): void {
    try {
      this.samples.push(readMemory(this.pid).rssBytes)
    } catch {
      // The process has exited; keep what was sampled.
    }
  }
}

/** The mean VmRSS over `durationMs` (sampled every 100 ms): a steady figure rather than one reading. */
export async function steadyRss(pid: number, durationMs = 1000): Promise<number> {
  const readings: number[] = []
  const until = Date.now() + durationMs
  while (Date.now() < until) {
    readings.push(readMemory(pid).rssBytes)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return readings.reduce((sum, value) => sum + value, 0) / readings.length
}
