import type * as Y from 'yjs'
import type { Logger } from '../Logger.js'
import type { Writer } from '../relay/DocumentRoomOptions.js'

/**
 * Takes a snapshot of a document: from `doc` when given (a room leaving memory, its final state),
 * else by reading the committed document. `writers` edited during the burst it ends.
 */
export type TakeSnapshot = (documentId: string, writers: readonly Writer[], doc: Y.Doc | null) => Promise<void>

/** How long a draft goes without an edit before a snapshot is taken, unless configured. */
export const DEFAULT_HISTORY_QUIET_MS = 2 * 60 * 1000

/** A document edited since its last snapshot. */
interface Burst {
  /** When the last commit of the burst was noted (ms since the epoch). */
  lastCommitAt: number
  readonly writers: Map<string, string>
  timer: NodeJS.Timeout | null
}

/**
 * Decides when a draft's history takes a snapshot: once a burst of work ends, i.e. `quietMs` have
 * passed without a commit to the document (or when its room leaves memory). A commit only notes
 * the time and who wrote (no timer churn, no reading of the document); the timer, set once per
 * burst, looks again when it fires and waits out the rest of the quiet period if work went on.
 */
export class SnapshotScheduler {
  private readonly bursts = new Map<string, Burst>()
  private work: Promise<void> = Promise.resolve()
  private closed = false

  constructor(
    private readonly take: TakeSnapshot,
    private readonly quietMs: number,
    private readonly log: Logger,
  ) {}

  /** A content room committed; `writers` are the accounts whose edits it stored. */
  noteCommitted(documentId: string, writers: readonly Writer[]): void {
    if (this.closed) return
    let burst = this.bursts.get(documentId)
    if (burst === undefined) {
      burst = { lastCommitAt: Date.now(), writers: new Map(), timer: null }
      this.bursts.set(documentId, burst)
      this.wait(documentId, burst, this.quietMs)
    } else {
      burst.lastCommitAt = Date.now()
    }
    for (const writer of writers) burst.writers.set(writer.id, writer.name)
  }

  /** A room leaves memory: a burst still open ends now, from the room's final state. */
  noteUnloaded(documentId: string, doc: Y.Doc): void {
    const burst = this.end(documentId)
    if (burst !== null) this.enqueue(documentId, burst, doc)
  }

  /** Documents with a burst not yet ended (for tests and shutdown). */
  get pending(): number {
    return this.bursts.size
  }

  /** Stops taking snapshots; resolves when those under way are stored. */
  async close(): Promise<void> {
    this.closed = true
    for (const burst of this.bursts.values()) if (burst.timer) clearTimeout(burst.timer)
    this.bursts.clear()
    await this.work
  }

  private wait(documentId: string, burst: Burst, ms: number): void {
    burst.timer = setTimeout(() => this.check(documentId, burst), ms)
    burst.timer.unref()
  }

  private check(documentId: string, burst: Burst): void {
    if (this.bursts.get(documentId) !== burst) return
    const quietFor = Date.now() - burst.lastCommitAt
    if (quietFor < this.quietMs) {
      this.wait(documentId, burst, this.quietMs - quietFor)
      return
    }
    this.end(documentId)
    this.enqueue(documentId, burst, null)
  }

  private end(documentId: string): Burst | null {
    const burst = this.bursts.get(documentId)
    if (burst === undefined) return null
    if (burst.timer) clearTimeout(burst.timer)
    this.bursts.delete(documentId)
    return burst
  }

  private enqueue(documentId: string, burst: Burst, doc: Y.Doc | null): void {
    const writers = [...burst.writers].map(([id, name]) => ({ id, name }))
    // The final state is captured now, before the room frees its document.
    let taking: Promise<void>
    try {
      taking = this.take(documentId, writers, doc)
    } catch (error) {
      // Never into the relay's commit or unload that called here.
      taking = Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
    this.work = this.work
      .then(() => taking)
      .catch((error: unknown) => {
        this.log.error({ document: documentId, error: String(error) }, 'could not take a snapshot of the draft')
      })
  }
}
