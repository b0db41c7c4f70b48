import type { Worker } from 'node:worker_threads'
import type { SnapshotSummaryResponse } from '../workers/snapshotProtocol.js'
import { startWorker } from '../workers/startWorker.js'
import type { SnapshotSummary } from './snapshotSummary.js'

/** The worker's heap: a large draft decoded twice over fits. */
const MAX_HEAP_MB = 256

interface Waiting {
  resolve: (summary: SnapshotSummary) => void
  reject: (error: Error) => void
}

/**
 * Summarises drafts' states in one worker thread, started when first needed and again after it
 * failed; requests are answered in order.
 */
export class SnapshotSummarizer {
  private worker: Worker | null = null
  private readonly waiting = new Map<number, Waiting>()
  private next = 1

  summarize = (state: Uint8Array): Promise<SnapshotSummary> =>
    new Promise((resolve, reject) => {
      const id = this.next++
      this.waiting.set(id, { resolve, reject })
      this.started().postMessage({ id, state })
    })

  /** Starts the worker now (from sources it is bundled first: never in the middle of the relay's work). */
  start(): void {
    this.started()
  }

  /** Stops the worker; what waits is rejected. */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    this.failAll(new Error('the snapshot worker was closed'))
    await worker?.terminate()
  }

  private started(): Worker {
    if (this.worker) return this.worker
    const worker = startWorker('snapshotWorker', { resourceLimits: { maxOldGenerationSizeMb: MAX_HEAP_MB } })
    worker.unref()
    worker.on('message', (message: SnapshotSummaryResponse) => {
      if ('ready' in message) return
      const waiting = this.waiting.get(message.id)
      if (!waiting) return
      this.waiting.delete(message.id)
      if (message.summary) waiting.resolve(message.summary)
      else waiting.reject(new Error(message.problem ?? 'the snapshot could not be read'))
    })
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = null
      this.failAll(error)
    }
    worker.on('error', lost)
    worker.on('exit', (code) => lost(new Error(`the snapshot worker stopped (${code})`)))
    this.worker = worker
    return worker
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error)
    this.waiting.clear()
  }
}
