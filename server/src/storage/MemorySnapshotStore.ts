import type { SnapshotRecord, SnapshotStore, SnapshotSummaryRecord } from './SnapshotStore.js'

const summary = ({ state: _state, ...rest }: SnapshotRecord): SnapshotSummaryRecord => structuredClone(rest)
const newestFirst = (a: SnapshotRecord, b: SnapshotRecord) =>
  a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : a.id < b.id ? 1 : -1

/** Drafts' history in memory. */
export class MemorySnapshotStore implements SnapshotStore {
  private readonly snapshots = new Map<string, SnapshotRecord>()

  record(snapshot: SnapshotRecord): Promise<void> {
    this.snapshots.set(snapshot.id, { ...structuredClone(snapshot), state: snapshot.state.slice() })
    return Promise.resolve()
  }

  list(documentId: string, revision: number): Promise<SnapshotSummaryRecord[]> {
    return Promise.resolve(
      this.of(documentId)
        .filter((s) => s.revision === revision)
        .map(summary),
    )
  }

  latest(documentId: string): Promise<SnapshotSummaryRecord | null> {
    const newest = this.of(documentId)[0]
    return Promise.resolve(newest ? summary(newest) : null)
  }

  get(documentId: string, id: string): Promise<SnapshotRecord | null> {
    const found = this.snapshots.get(id)
    if (!found || found.documentId !== documentId) return Promise.resolve(null)
    return Promise.resolve({ ...structuredClone(found), state: found.state.slice() })
  }

  remove(documentId: string, ids: readonly string[]): Promise<void> {
    for (const id of ids) if (this.snapshots.get(id)?.documentId === documentId) this.snapshots.delete(id)
    return Promise.resolve()
  }

  private of(documentId: string): SnapshotRecord[] {
    return [...this.snapshots.values()].filter((s) => s.documentId === documentId).sort(newestFirst)
  }
}
