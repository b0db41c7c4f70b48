import * as Y from 'yjs'
import type { Logger } from '../Logger.js'
import type { Writer } from '../relay/DocumentRoomOptions.js'

/**
 * Takes a snapshot of a document: of `state` when given (the final state of a room that left
 * memory), else by reading the committed document. `writers` edited during the burst it ends.
 */
export type TakeSnapshot = (documentId: string, writers: readonly Writer[], state: Uint8Array | null) => Promise<void>

/** How long a draft goes without an edit before a snapshot is taken, unless configured. */
export const DEFAULT_HISTORY_QUIET_MS = 2 * 60 * 1000

/** A document edited since its last snapshot. */
interface Burst {
  /** When the last commit of the burst was noted (ms since the epoch). */
  lastCommitAt: number
  readonly writers: Map<string, string>
  timer: NodeJS.Timeout | null
  /** The document's final state when its room left memory during the burst (and nothing came since). */
  state: Uint8Array | null
}

/**
 * Decides when a draft's history takes a snapshot: once a burst of work ends, i.e. `quietMs` have
 * passed without a commit to the document. A commit only notes the time and who wrote (no timer
 * churn, no reading of the document); the timer, set once per burst, looks again when it fires and
 * waits out the rest of the quiet period if work went on. A room that leaves memory meanwhile
 * leaves its final state (encoded then, as its compaction does), so the snapshot needs no reload;
 * at shutdown those are taken at once.
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
      burst = { lastCommitAt: Date.now(), writers: new Map(), timer: null, state: null }
      this.bursts.set(documentId, burst)
      this.wait(documentId, burst, this.quietMs)
    } else {
      burst.lastCommitAt = Date.now()
      burst.state = null
    }
    for (const writer of writers) burst.writers.set(writer.id, writer.name)
  }

  /** A room leaves memory: a burst still open keeps the room's final state for its snapshot. */
  noteUnloaded(documentId: string, doc: Y.Doc): void {
    const burst = this.bursts.get(documentId)
    if (burst === undefined) return
    try {
      burst.state = Y.encodeStateAsUpdate(doc)
    } catch (error) {
      this.log.error({ document: documentId, error: String(error) }, 'could not keep the draft for its snapshot')
    }
  }

  /** Documents with a burst not yet ended (for tests and shutdown). */
  get pending(): number {
    return this.bursts.size
  }

  /** Stops taking snapshots; resolves when those under way are stored. */
  async close(): Promise<void> {
    this.closed = true
    for (const [documentId, burst] of this.bursts) {
      if (burst.timer) clearTimeout(burst.timer)
      // The rooms have closed: what they left is taken now (the others cannot be read any more).
      if (burst.state !== null) this.enqueue(documentId, burst)
    }
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
    this.enqueue(documentId, burst)
  }

  private end(documentId: string): Burst | null {
    const burst = this.bursts.get(documentId)
    if (burst === undefined) return null
    if (burst.timer) clearTimeout(burst.timer)
    this.bursts.delete(documentId)
    return burst
  }

  private enqueue(documentId: string, burst: Burst): void {
    const writers = [...burst.writers].map(([id, name]) => ({ id, name }))
    let taking: Promise<void>
    try {
      taking = this.take(documentId, writers, burst.state)
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
