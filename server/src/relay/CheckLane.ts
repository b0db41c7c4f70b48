import { Worker } from 'node:worker_threads'
import type { Logger } from '../Logger.js'
import { startWorker } from '../workers/startWorker.js'
import type { CheckOptions, CheckResponse, CheckResult } from '../workers/updateCheckProtocol.js'

interface Job {
  readonly source: string
  readonly update: Uint8Array
  readonly options: CheckOptions
  readonly resolve: (result: CheckResult) => void
  /** Checked in a batch that broke or outlasted the budget: now checked on its own. */
  alone: boolean
}

/** The answer for an update the lane could not check. */
export const refusedCheck = (problem: string): CheckResult => ({
  problem,
  needs: null,
  described: null,
  references: null,
  preview: null,
})

/** How many updates, and how many bytes of them, one message to the worker may carry. */
export interface BatchLimits {
  readonly updates: number
  readonly bytes: number
}

/**
 * One checking worker and its queue. The updates waiting are sent to the worker together, in one
 * message (up to `batch`), taken from each source (a document) in turn, so a document flooded
 * with updates delays the others by at most one update each, and a commit of many updates costs
 * one round trip between the threads, not one per update. One batch is in the worker at a time,
 * under the time budget. A batch that outlasts the budget or kills the worker is not refused as a
 * whole: its updates are checked again one by one, and only the one that fails alone is refused.
 */
export class CheckLane {
  private worker: Worker | null = null
  private ready = false
  private current: Job[] | null = null
  private currentId = 0
  private timer: NodeJS.Timeout | null = null
  private readonly queues = new Map<string, Job[]>()
  private pumpScheduled = false
  private closed = false

  constructor(
    private readonly budgetMs: number,
    private readonly log: Logger,
    private readonly options: {
      readonly maxHeapMb: number
      /** Run at a lower priority than the main thread (the lane of large updates). */
      readonly background: boolean
      readonly batch: BatchLimits
      readonly workerSource?: string | undefined
    },
  ) {}

  check(source: string, update: Uint8Array, options: CheckOptions): Promise<CheckResult> {
    if (this.closed) return Promise.resolve(refusedCheck('relay closing'))
    return new Promise((resolve) => {
      const queue = this.queues.get(source)
      const job = { source, update, options, resolve, alone: false }
      if (queue) queue.push(job)
      else this.queues.set(source, [job])
      // Checks asked for in the same turn (a commit's updates) go to the worker together.
      if (!this.pumpScheduled) {
        this.pumpScheduled = true
        queueMicrotask(() => {
          this.pumpScheduled = false
          this.pump()
        })
      }
    })
  }

  /** Stops the worker; what waits is refused. */
  async close(): Promise<void> {
    this.closed = true
    this.disarm()
    for (const job of this.current ?? []) job.resolve(refusedCheck('relay closing'))
    this.current = null
    for (const queue of this.queues.values()) for (const job of queue) job.resolve(refusedCheck('relay closing'))
    this.queues.clear()
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }

  /** Sends what waits to the worker, once it is started and free. */
  private pump(): void {
    if (this.closed || this.current !== null || this.queues.size === 0) return
    const worker = this.ensureWorker()
    if (!this.ready) return
    const batch = this.take()
    this.current = batch
    this.post(worker, batch)
  }

  /**
   * Jobs for one message: each time the first job of the source that has waited longest (that
   * source then goes to the back), within the batch limits; a job to be checked alone goes alone.
   */
  private take(): Job[] {
    const batch: Job[] = []
    let bytes = 0
    for (const [source, queue] of this.queues) {
      if (batch.length >= this.options.batch.updates) break
      const job = queue[0]!
      if (batch.length > 0 && (job.alone || bytes + job.update.byteLength > this.options.batch.bytes)) break
      queue.shift()
      this.queues.delete(source)
      if (queue.length > 0) this.queues.set(source, queue)
      batch.push(job)
      bytes += job.update.byteLength
      if (job.alone) break
    }
    return batch
  }

  private post(worker: Worker, batch: readonly Job[]): void {
    // Copies of their own, moved rather than cloned: a frame is often a view into a larger buffer.
    const items = batch.map((job) => ({ update: job.update.slice(), ...job.options }))
    this.currentId++
    worker.postMessage(
      { id: this.currentId, items },
      items.map((item) => item.update.buffer),
    )
    this.disarm()
    this.timer = setTimeout(() => {
      this.log.warn(
        {
          budgetMs: this.budgetMs,
          updates: batch.length,
          bytes: batch.reduce((sum, j) => sum + j.update.byteLength, 0),
        },
        'update check took too long; worker replaced',
      )
      this.replaceWorker(`update took longer than ${this.budgetMs} ms to check`)
    }, this.budgetMs)
    this.timer.unref()
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const resourceLimits = { maxOldGenerationSizeMb: this.options.maxHeapMb }
    const workerData = { background: this.options.background }
    const worker = this.options.workerSource
      ? new Worker(this.options.workerSource, { eval: true, resourceLimits, workerData })
      : startWorker('updateCheckWorker', { resourceLimits, workerData })
    worker.unref()
    this.worker = worker
    this.ready = false
    worker.on('message', (message: CheckResponse) => {
      if (worker !== this.worker) return
      if ('ready' in message) {
        this.ready = true
        this.pump()
        return
      }
      const batch = this.current
      if (!batch || message.id !== this.currentId) return
      this.disarm()
      this.current = null
      batch.forEach((job, index) => job.resolve(message.results[index] ?? refusedCheck('update could not be checked')))
      this.pump()
    })
    worker.on('error', (error) => {
      if (worker !== this.worker) return
      this.log.warn({ error: error.message }, 'update check worker failed')
      this.replaceWorker('update too large to check')
    })
    worker.on('exit', () => {
      if (worker !== this.worker || this.closed) return
      this.replaceWorker('update too large to check')
    })
    return worker
  }

  /**
   * The batch in the worker broke or outlasted it: go on with a fresh worker. An update checked
   * alone is refused; a batch's updates are checked again, each alone, ahead of what waits.
   */
  private replaceWorker(problem: string): void {
    this.disarm()
    const worker = this.worker
    const started = this.ready
    this.worker = null
    this.ready = false
    if (worker) void worker.terminate()
    // A worker that failed before it was ready failed the updates waiting for it: each start that
    // fails costs them one batch (then one update), so a worker that cannot start is not restarted forever.
    const batch = this.current ?? (started ? [] : this.take())
    this.current = null
    if (batch.length === 1) batch[0]!.resolve(refusedCheck(problem))
    else this.requeueAlone(batch)
    this.pump()
  }

  /** Puts a batch's jobs back at the front of their sources' queues, each to be checked alone. */
  private requeueAlone(batch: readonly Job[]): void {
    const waiting = [...this.queues]
    this.queues.clear()
    for (const job of batch) {
      job.alone = true
      const queue = this.queues.get(job.source)
      if (queue) queue.push(job)
      else this.queues.set(job.source, [job])
    }
    for (const [source, queue] of waiting) {
      const front = this.queues.get(source)
      if (front) front.push(...queue)
      else this.queues.set(source, queue)
    }
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
