import type { Worker } from 'node:worker_threads'
import type { HttpLimits } from '@samskriv/shared'
import type { ExportFormat } from '../approval/exportFormats.js'
import { LimitError } from '../limits/LimitError.js'
import type { ExportRequest, ExportResponse, ExportSource } from '../workers/exportProtocol.js'
import { startWorker } from '../workers/startWorker.js'

/** A rendered export. */
export interface RenderedFile {
  readonly body: Uint8Array
  readonly contentType: string
  readonly fileName: string
}

interface Job {
  readonly request: ExportRequest
  readonly resolve: (file: RenderedFile) => void
  readonly reject: (error: Error) => void
}

/** A worker that rendered nothing for this long exits, giving its memory back. */
const IDLE_MS = 60_000

/**
 * Renders exports of approved versions in a worker thread, one at a time, so a large PDF (seconds
 * of work) never holds up the server. Each rendering has a time budget (`exportRenderMs`), a heap
 * and a size limit (`maxExportBytes`): past them it is refused as too large (422). At most
 * `maxQueuedExports` wait; more are refused as busy (503, retry).
 */
export class ExportRenderer {
  private worker: Worker | null = null
  private ready = false
  private current: Job | null = null
  private readonly queue: Job[] = []
  private timer: NodeJS.Timeout | null = null
  private idle: NodeJS.Timeout | null = null
  private nextId = 1
  private closed = false

  constructor(
    private readonly limits: Pick<HttpLimits, 'exportRenderMs' | 'maxExportBytes' | 'maxQueuedExports'>,
    private readonly maxHeapMb = 1024,
  ) {}

  render(source: ExportSource, format: ExportFormat): Promise<RenderedFile> {
    if (this.closed) return Promise.reject(new LimitError('exportBusy', 'The server is shutting down.', 30))
    if (this.queue.length + (this.current ? 1 : 0) >= this.limits.maxQueuedExports) {
      const message = `At most ${this.limits.maxQueuedExports} exports are rendered or waiting at once; try again soon.`
      return Promise.reject(new LimitError('exportBusy', message, 30))
    }
    return new Promise((resolve, reject) => {
      const request = { id: this.nextId++, source, format, maxBytes: this.limits.maxExportBytes }
      this.queue.push({ request, resolve, reject })
      this.pump()
    })
  }

  /** Stops the worker; what waits is refused. */
  async close(): Promise<void> {
    this.closed = true
    this.disarm()
    if (this.idle) clearTimeout(this.idle)
    const refused = new LimitError('exportBusy', 'The server is shutting down.', 30)
    for (const job of [...(this.current ? [this.current] : []), ...this.queue.splice(0)]) job.reject(refused)
    this.current = null
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }

  private pump(): void {
    if (this.closed || this.current !== null) return
    const job = this.queue.shift()
    if (!job) {
      this.idle ??= setTimeout(() => this.stopWorker(), IDLE_MS).unref()
      return
    }
    if (this.idle) clearTimeout(this.idle)
    this.idle = null
    this.current = job
    const worker = this.ensureWorker()
    if (this.ready) this.post(worker, job)
  }

  private post(worker: Worker, job: Job): void {
    worker.postMessage(job.request)
    this.disarm()
    // The refusal is logged once, by the request it answers.
    this.timer = setTimeout(() => {
      this.fail(`The ${job.request.format} export takes longer than ${this.limits.exportRenderMs} ms to render.`)
    }, this.limits.exportRenderMs)
    this.timer.unref()
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = startWorker('exportWorker', { resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb } })
    worker.unref()
    this.worker = worker
    this.ready = false
    worker.on('message', (message: ExportResponse) => {
      if (worker !== this.worker) return
      if ('ready' in message) {
        this.ready = true
        if (this.current) this.post(worker, this.current)
        return
      }
      const job = this.current
      if (!job || job.request.id !== message.id) return
      this.disarm()
      this.current = null
      if (message.file) job.resolve(message.file)
      else job.reject(new LimitError('exportTooLarge', `${message.problem ?? 'the export failed'}.`))
      this.pump()
    })
    worker.on('error', (error) => {
      if (worker !== this.worker) return
      this.fail(`The export is too large to render (${error.message}).`)
    })
    worker.on('exit', () => {
      if (worker !== this.worker || this.closed) return
      this.fail('The export is too large to render.')
    })
    return worker
  }

  /** The rendering broke or outlasted its budget: refuse it as too large, and go on with a fresh worker. */
  private fail(message: string): void {
    this.disarm()
    this.stopWorker()
    const job = this.current
    this.current = null
    job?.reject(new LimitError('exportTooLarge', message))
    this.pump()
  }

  private stopWorker(): void {
    const worker = this.worker
    this.worker = null
    this.ready = false
    this.idle = null
    if (worker) void worker.terminate()
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
