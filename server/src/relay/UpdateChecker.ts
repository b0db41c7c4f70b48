import type { Logger } from '../Logger.js'
import type { CheckOptions, CheckResult } from '../workers/updateCheckProtocol.js'
import { CheckLane, refusedCheck } from './CheckLane.js'

export type { CheckResult } from '../workers/updateCheckProtocol.js'

/** Updates up to this size are checked in the lane for small ones (typing, comments). */
const SMALL_UPDATE_BYTES = 64 * 1024

/**
 * Small updates go to their worker together (a commit's worth), up to 16 of them and 16 KB, so an
 * update of another document waits for at most one such batch; large ones one at a time.
 */
const SMALL_BATCH = { updates: 16, bytes: 16 * 1024 }
const LARGE_BATCH = { updates: 1, bytes: 0 }

/**
 * A time and memory budget for client updates. Malformed updates have hung `Y.applyUpdate` (an
 * endless loop in decoding: yjs issues #479 and #498), and one bad frame must not stop the relay.
 * So every client update is first decoded, range-checked and applied to an empty document in a
 * worker thread with a capped heap (`src/workers/inspectUpdate.ts`). An update the worker does not
 * answer within `budgetMs`, or that kills it, is refused, and the worker replaced. Only updates
 * that passed reach a room's document (on the main thread).
 *
 * Two workers share the work: one for small updates (typing, comments) and one for large ones
 * (initial uploads, proposals, floods), so a large update being checked never holds up someone's
 * keystroke; in each, documents take turns. Small updates that wait together are checked in one
 message to their worker (see {@link CheckLane}). The worker of large updates runs at a lower priority
 * than the main thread and the other worker.
 */
export class UpdateChecker {
  private readonly small: CheckLane
  private readonly large: CheckLane
  private closed = false

  /**
   * `maxHeapMb` caps each worker's heap (default 512 for large updates, a quarter of it for small
   * ones); `workerSource` replaces the worker's code (tests use one that never answers, as a hung
   * Yjs would).
   */
  constructor(budgetMs: number, log: Logger, options: { maxHeapMb?: number; workerSource?: string } = {}) {
    const maxHeapMb = options.maxHeapMb ?? 512
    this.small = new CheckLane(budgetMs, log, {
      maxHeapMb: Math.max(16, Math.round(maxHeapMb / 4)),
      background: false,
      batch: SMALL_BATCH,
      workerSource: options.workerSource,
    })
    this.large = new CheckLane(budgetMs, log, {
      maxHeapMb,
      background: true,
      batch: LARGE_BATCH,
      workerSource: options.workerSource,
    })
  }

  /**
   * Checks an update; `source` (a room) decides whose turn it is. Resolves with the worker's
   * findings: `problem` is why it is refused, or null when it may be applied.
   */
  check(update: Uint8Array, options: CheckOptions & { source?: string } = {}): Promise<CheckResult> {
    if (this.closed) return Promise.resolve(refusedCheck('relay closing'))
    const { source = '', ...asked } = options
    return (update.byteLength <= SMALL_UPDATE_BYTES ? this.small : this.large).check(source, update, asked)
  }

  /** Stops the workers; pending checks are refused. */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all([this.small.close(), this.large.close()])
  }
}
