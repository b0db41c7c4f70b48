import type { Logger } from '../Logger.js'
import type { UpdateStore } from '../storage/Storage.js'

/**
 * A room's view of its stored update log: the last committed sequence number, how much has
 * accumulated since the last snapshot, and compaction once that passes a threshold (growth, not
 * total size, so a large document is not rewritten on every commit).
 */
export class UpdateLog {
  /** The sequence number of the last committed update. */
  lastSeq = 0
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
    this.entries = stored.updates.length
    this.bytes = stored.updates.reduce((sum, u) => sum + u.byteLength, 0)
    this.snapshotBytes = stored.updates[0]?.byteLength ?? 0
    return stored.updates
  }

  /** Commits updates in one durable transaction; throws when storing fails. */
  async append(updates: readonly Uint8Array[]): Promise<void> {
    this.lastSeq = await this.store.append(this.room, updates)
    this.entries += updates.length
    this.bytes += updates.reduce((sum, u) => sum + u.byteLength, 0)
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
