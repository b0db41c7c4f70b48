import type { DocumentId } from '@samskriv/shared'
import { ApiRequestError } from '../api/ApiRequestError'
import type { DocumentLibrary } from '../documents/DocumentLibrary'
import type { LocalDatabase } from '../storage/LocalDatabase'
import { YDexiePersistence } from '../storage/YDexiePersistence'
import { RoomSession } from './RoomSession'
import { retryDelayMs } from './retryDelayMs'
import type { StoredChangesSync } from './syncUntilSettled'

/** Options of {@link BackgroundSync}. */
export interface BackgroundSyncOptions {
  /** Syncs one document's stored changes without an editor (`syncStoredChanges`). */
  syncDocument: (documentId: DocumentId) => Promise<StoredChangesSync>
  /** Milliseconds before retry number `attempt` (1-based) while something stays pending. */
  retryDelayMs?: (attempt: number) => number
}

/**
 * Gets what this device has not got onto the server there, without anyone having to reload: the
 * pending list operations (registrations first) and the stored changes of every document not open
 * in this tab (one at a time). It runs at start-up; when the network returns, the tab comes back
 * into view or gets focus, any open document connects to the relay again (the server answers
 * again), or a document is left before its changes were acknowledged; and, while anything stays
 * pending, again with backoff — a tablet on a LAN stays "online" while the server is down, so the
 * `online` event alone would leave edits on the device indefinitely. A document the relay refuses
 * is not retried until a session of it syncs again.
 */
export class BackgroundSync {
  private running = false
  private runAgain = false
  private started = false
  private timer: ReturnType<typeof setTimeout> | null = null
  private failedRuns = 0
  private readonly refused = new Set<DocumentId>()
  private readonly cleanups: Array<() => void> = []
  private readonly delay: (attempt: number) => number

  constructor(
    private readonly db: LocalDatabase,
    private readonly library: DocumentLibrary,
    private readonly options: BackgroundSyncOptions,
  ) {
    this.delay = options.retryDelayMs ?? retryDelayMs
  }

  /** Starts listening and runs once now. */
  start(): void {
    if (this.started) return
    this.started = true
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') this.trigger()
    }
    window.addEventListener('online', this.trigger)
    window.addEventListener('focus', this.trigger)
    document.addEventListener('visibilitychange', onVisible)
    this.cleanups.push(
      () => window.removeEventListener('online', this.trigger),
      () => window.removeEventListener('focus', this.trigger),
      () => document.removeEventListener('visibilitychange', onVisible),
      RoomSession.onActivity((activity) => {
        if (activity.type === 'synced') this.refused.delete(activity.key)
        this.trigger()
      }),
      // A command's own push failed: make sure a retry is on its way.
      this.library.onPushFailed(() => {
        if (this.running) this.runAgain = true
        else this.scheduleRetry()
      }),
    )
    this.trigger()
  }

  /** Stops listening and retrying; a run under way ends after its current document. */
  stop(): void {
    this.started = false
    for (const cleanup of this.cleanups.splice(0)) cleanup()
    this.clearTimer()
  }

  /** Runs now (or once more right after the run under way). */
  readonly trigger = (): void => {
    if (!this.started) return
    this.clearTimer()
    this.run().catch(reportError)
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.runAgain = true
      return
    }
    this.running = true
    let pending = false
    try {
      do {
        this.runAgain = false
        pending = await this.runOnce()
      } while (this.runAgain && this.started)
    } catch (error) {
      pending = true
      throw error
    } finally {
      this.running = false
      if (!pending) this.failedRuns = 0
      else this.scheduleRetry()
    }
  }

  /** One pass over everything pending; resolves whether something is still pending after it. */
  private async runOnce(): Promise<boolean> {
    // Offline: nothing can succeed; the `online` event starts the next run.
    if (!navigator.onLine) return false
    // A document just left may still be writing the changes the list must not lose track of.
    await YDexiePersistence.flushAll().catch(() => {})
    let pending = false
    let serverReachable = true
    try {
      await this.library.pushPending()
    } catch (error) {
      if (!(error instanceof ApiRequestError)) throw error
      pending = true
      serverReachable = error.kind !== 'network'
    }
    const states = await this.db.syncStates.toArray()
    for (const state of states) {
      if (Object.keys(state.pendingWriters).length === 0) continue
      const { documentId } = state
      // An open session syncs its document itself; a refused one would be refused again.
      if (RoomSession.isOpen(documentId) || this.refused.has(documentId)) continue
      if (!this.started || !navigator.onLine || !serverReachable) return true
      const result = await this.options.syncDocument(documentId)
      if (result === 'refused') this.refused.add(documentId)
      if (result === 'unreachable') {
        // The relay does not answer: the other documents would only wait for it too.
        return true
      }
    }
    return pending
  }

  private scheduleRetry(): void {
    if (!this.started || this.timer !== null || this.running) return
    if (!navigator.onLine) return
    this.failedRuns += 1
    this.timer = setTimeout(() => {
      this.timer = null
      this.run().catch(reportError)
    }, this.delay(this.failedRuns))
  }

  private clearTimer(): void {
    if (this.timer === null) return
    clearTimeout(this.timer)
    this.timer = null
  }
}
