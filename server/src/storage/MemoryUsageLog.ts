import type { UsageLog } from './Storage.js'

/** The usage log in memory (tests). */
export class MemoryUsageLog implements UsageLog {
  private readonly events = new Map<string, string[]>()

  claim(action: string, actorId: string, at: string, window: { since: string; max: number }): Promise<boolean> {
    const key = `${action}\u0000${actorId}`
    const recent = (this.events.get(key) ?? []).filter((t) => t >= window.since)
    const allowed = recent.length < window.max
    this.events.set(key, allowed ? [...recent, at] : recent)
    return Promise.resolve(allowed)
  }
}
