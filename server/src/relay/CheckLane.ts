import { Worker } from 'node:worker_threads'
import type { Logger } from '../Logger.js'
import { startWorker } from '../workers/startWorker.js'
import type { CheckOptions, CheckResponse, CheckResult } from '../workers/updateCheckProtocol.js'

interface Job {
  readonly id: number
  readonly source: string
  readonly update: Uint8Array
  readonly options: CheckOptions
  readonly resolve: (result: CheckResult) => void
}

/** The answer for an update the lane could not check. */
export const refusedCheck = (problem: string): CheckResult => ({
  problem,
  needs: null,
  described: null,
  references: null,
  preview: null,
})

/**
 * One checking worker and its queue. One update is in the worker at a time, under the time
 * budget; the next is taken from each source (a document) in turn, so a document flooded with
 * updates delays the others by at most one update each.
 */
export class CheckLane {
  private worker: Worker | null = null
  private ready = false
  private current: Job | null = null
  private timer: NodeJS.Timeout | null = null
  private readonly queues = new Map<string, Job[]>()
  private nextId = 1
  private closed = false

  constructor(
    private readonly budgetMs: number,
    private readonly log: Logger,
    private readonly options: {
      readonly maxHeapMb: number
      /** Run at a lower priority than the main thread (the lane of large updates). */
      readonly background: boolean
      readonly workerSource?: string | undefined
    },
  ) {}

  check(source: string, update: Uint8Array, options: CheckOptions): Promise<CheckResult> {
    if (this.closed) return Promise.resolve(refusedCheck('relay closing'))
    return new Promise((resolve) => {
      const queue = this.queues.get(source)
      const job = { id: this.nextId++, source, update, options, resolve }
      if (queue) queue.push(job)
      else this.queues.set(source, [job])
      this.pump()
    })
  }

  /** Stops the worker; what waits is refused. */
  async close(): Promise<void> {
    this.closed = true
    this.disarm()
    this.current?.resolve(refusedCheck('relay closing'))
    this.current = null
    for (const queue of this.queues.values()) for (const job of queue) job.resolve(refusedCheck('relay closing'))
    this.queues.clear()
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }

  /** Sends the next update to the worker, if it is free. */
  private pump(): void {
    if (this.closed || this.current !== null) return
    const job = this.take()
    if (!job) return
    this.current = job
    const worker = this.ensureWorker()
    if (this.ready) this.post(worker, job)
  }

  /** The first job of the source that has waited longest; that source then goes to the back. */
  private take(): Job | null {
    for (const [source, queue] of this.queues) {
      const job = queue.shift()!
      this.queues.delete(source)
      if (queue.length > 0) this.queues.set(source, queue)
      return job
    }
    return null
  }

  private post(worker: Worker, job: Job): void {
    // A copy of its own, moved rather than cloned: a frame is often a view into a larger buffer.
    const update = job.update.slice()
    worker.postMessage({ id: job.id, update, ...job.options }, [update.buffer])
    this.disarm()
    this.timer = setTimeout(() => {
      this.log.warn(
        { budgetMs: this.budgetMs, bytes: job.update.byteLength },
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
        if (this.current) this.post(worker, this.current)
        return
      }
      const job = this.current
      if (!job || job.id !== message.id) return
      this.disarm()
      this.current = null
      job.resolve(message.result)
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

  /** The update in the worker broke or outlasted it: refuse it, and go on with a fresh worker. */
  private replaceWorker(problem: string): void {
    this.disarm()
    const worker = this.worker
    this.worker = null
    this.ready = false
    if (worker) void worker.terminate()
    const job = this.current
    this.current = null
    job?.resolve(refusedCheck(problem))
    this.pump()
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
