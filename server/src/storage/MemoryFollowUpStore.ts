import { compareFollowUps } from '@samskriv/shared'
import type { FollowUpRecord, FollowUpStore } from './FollowUpStore.js'

/** The follow-up log in memory. */
export class MemoryFollowUpStore implements FollowUpStore {
  private readonly entries = new Map<string, FollowUpRecord>()

  record(entry: FollowUpRecord): Promise<boolean> {
    if (this.entries.has(entry.id)) return Promise.resolve(false)
    this.entries.set(entry.id, structuredClone(entry))
    return Promise.resolve(true)
  }

  get(id: string): Promise<FollowUpRecord | null> {
    const entry = this.entries.get(id)
    return Promise.resolve(entry ? structuredClone(entry) : null)
  }

  list(documentId: string): Promise<FollowUpRecord[]> {
    const found = [...this.entries.values()].filter((e) => e.documentId === documentId).sort(compareFollowUps)
    return Promise.resolve(structuredClone(found))
  }
}
