import type { Logger } from '../Logger.js'
import type { AppendGuard, StoredUpdates, UpdateStore } from '../storage/Storage.js'

/**
 * A room's view of its stored update log: through which sequence number its document holds every
 * committed entry (its own and, with several processes, other processes' entries, which may
 * arrive out of order), how much this process has added since the last snapshot, and compaction
 * once that passes a threshold (growth, not total size, so a large document is not rewritten on
 * every commit).
 */
export class UpdateLog {
  /** The document holds every committed entry through this sequence number. */
  lastSeq = 0
  /** The newest sequence number known to be committed (by this process or another). */
  private headSeq = 0
  /** Ranges beyond `lastSeq` the document already holds, sorted. */
  private ahead: Array<[number, number]> = []
  private entries = 0
  private bytes = 0
  private snapshotBytes = 0

  constructor(
    private readonly store: UpdateStore,
    private readonly room: string,
    private readonly compactAfter: { entries: number; bytes: number },
    private readonly log: Logger,
  ) {}

  /** Every stored update of the room, oldest first. */
  async load(): Promise<Uint8Array[]> {
    const stored = await this.store.load(this.room)
    this.lastSeq = stored.lastSeq
    this.headSeq = Math.max(this.headSeq, stored.lastSeq)
    this.ahead = this.ahead.filter(([, last]) => last > stored.lastSeq)
    this.entries = stored.updates.length
    this.bytes = stored.updates.reduce((sum, u) => sum + u.byteLength, 0)
    this.snapshotBytes = stored.updates[0]?.byteLength ?? 0
    return stored.updates
  }

  /** Commits updates in one durable transaction; throws when storing fails. Resolves with their sequence numbers. */
  async append(updates: readonly Uint8Array[], guard?: AppendGuard): Promise<{ firstSeq: number; lastSeq: number }> {
    const last = await this.store.append(this.room, updates, guard)
    const first = last - updates.length + 1
    this.holds(first, last)
    this.entries += updates.length
    this.bytes += updates.reduce((sum, u) => sum + u.byteLength, 0)
    return { firstSeq: first, lastSeq: last }
  }

  /** The document now holds these entries; false when it held all of them already. */
  holds(first: number, last: number): boolean {
    this.headSeq = Math.max(this.headSeq, last)
    if (last <= this.lastSeq) return false
    this.ahead.push([first, last])
    this.ahead.sort((a, b) => a[0] - b[0])
    while (this.ahead.length > 0 && this.ahead[0]![0] <= this.lastSeq + 1) {
      this.lastSeq = Math.max(this.lastSeq, this.ahead.shift()![1])
    }
    return true
  }

  /** Another process says the log reaches this far. */
  noteHead(seq: number): void {
    this.headSeq = Math.max(this.headSeq, seq)
  }

  /** Whether entries committed elsewhere are missing from the document. */
  get behind(): boolean {
    return this.headSeq > this.lastSeq
  }

  /** The entries the document may lack (everything after `lastSeq`). */
  missing(): Promise<StoredUpdates> {
    return this.store.loadSince(this.room, this.lastSeq)
  }

  /** Runs a transition while no other process appends; `work` gets the entries the document lacked. */
  exclusive<T>(work: (missed: Uint8Array[]) => Promise<T>): Promise<T> {
    return this.store.exclusive(this.room, this.lastSeq, (missed) => {
      this.holds(this.lastSeq + 1, missed.lastSeq)
      return work(missed.updates)
    })
  }

  /** Bytes of the stored log: the last snapshot and everything appended since. */
  get storedBytes(): number {
    return this.bytes
  }

  get needsCompaction(): boolean {
    return this.entries > this.compactAfter.entries || this.bytes - this.snapshotBytes > this.compactAfter.bytes
  }

  /** Whether more than one entry would be folded into a snapshot. */
  get compactable(): boolean {
    return this.entries > 1
  }

  /** Replaces the log by `snapshot` (the state through `lastSeq`); a failure keeps the log. */
  async compact(snapshot: Uint8Array): Promise<void> {
    try {
      await this.store.compact(this.room, snapshot, this.lastSeq)
      this.entries = 1
      this.bytes = snapshot.byteLength
      this.snapshotBytes = snapshot.byteLength
    } catch (error) {
      this.log.warn({ room: this.room, error: String(error) }, 'compaction failed; the log is kept')
    }
  }
}
