import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { Logger } from '../Logger.js'

/**
 * The worker's code (plain CommonJS, so it runs the same from sources and from dist). For each
 * update it decodes every struct and the delete set, checks client ids and clocks against what Yjs
 * itself ever produces (32-bit client ids, clocks far below 2^32), and applies the update to an
 * empty document; it answers with the problem, or null.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Y = require(workerData.yjs)
const MAX_CLIENT = 0xffffffff
const MAX_CLOCK = 2 ** 32
function problemOf(update) {
  let decoded
  try {
    decoded = Y.decodeUpdate(update)
  } catch {
    return 'update does not decode'
  }
  for (const struct of decoded.structs) {
    if (struct.id.client > MAX_CLIENT || struct.id.clock + struct.length > MAX_CLOCK) return 'update out of range'
  }
  for (const [client, ranges] of decoded.ds.clients) {
    if (client > MAX_CLIENT) return 'update out of range'
    for (const range of ranges) if (range.clock + range.len > MAX_CLOCK) return 'update out of range'
  }
  const doc = new Y.Doc({ gc: true })
  try {
    Y.applyUpdate(doc, update)
    Y.encodeStateAsUpdate(doc)
  } catch {
    return 'update could not be applied'
  } finally {
    doc.destroy()
  }
  return null
}
parentPort.on('message', ({ id, update }) => parentPort.postMessage({ id, problem: problemOf(update) }))
parentPort.postMessage({ ready: true })
`

interface InFlight {
  readonly id: number
  readonly update: Uint8Array
  readonly resolve: (problem: string | null) => void
}

/**
 * A time and memory budget for client updates. Malformed updates have hung `Y.applyUpdate` (an
 * endless loop in decoding: yjs issues #479 and #498), and one bad frame must not stop the relay.
 * So every client update is first decoded, range-checked and applied to an empty document in a
 * worker thread with a capped heap. An update the worker does not answer within `budgetMs`, or that
 * kills it, is refused; the worker is replaced and the updates queued behind it are checked anew.
 * Only updates that passed reach a room's document (on the main thread).
 */
export class UpdateChecker {
  private worker: Worker | null = null
  private ready = false
  private readonly inFlight: InFlight[] = []
  private timer: NodeJS.Timeout | null = null
  private nextId = 1
  private closed = false

  private readonly maxHeapMb: number
  private readonly workerSource: string

  /**
   * `maxHeapMb` caps the worker's heap (default 512); `workerSource` replaces the worker's code
   * (tests use one that never answers, as a hung Yjs would).
   */
  constructor(
    private readonly budgetMs: number,
    private readonly log: Logger,
    options: { maxHeapMb?: number; workerSource?: string } = {},
  ) {
    this.maxHeapMb = options.maxHeapMb ?? 512
    this.workerSource = options.workerSource ?? WORKER_SOURCE
  }

  /** Resolves with why the update is refused, or null when it may be applied. */
  check(update: Uint8Array): Promise<string | null> {
    if (this.closed) return Promise.resolve('relay closing')
    return new Promise((resolve) => {
      const item = { id: this.nextId++, update, resolve }
      this.inFlight.push(item)
      const worker = this.ensureWorker()
      if (this.ready) {
        worker.postMessage({ id: item.id, update })
        if (this.inFlight.length === 1) this.arm()
      }
    })
  }

  /** Stops the worker; pending checks are refused. */
  async close(): Promise<void> {
    this.closed = true
    this.disarm()
    for (const item of this.inFlight.splice(0)) item.resolve('relay closing')
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.workerSource, {
      eval: true,
      workerData: { yjs: createRequire(import.meta.url).resolve('yjs') },
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    })
    worker.unref()
    this.worker = worker
    this.ready = false
    worker.on('message', (message: { ready?: true; id?: number; problem?: string | null }) => {
      if (worker !== this.worker) return
      if (message.ready) {
        this.ready = true
        for (const item of this.inFlight) worker.postMessage({ id: item.id, update: item.update })
        if (this.inFlight.length > 0) this.arm()
        return
      }
      const head = this.inFlight[0]
      if (!head || head.id !== message.id) return
      this.inFlight.shift()
      head.resolve(message.problem ?? null)
      this.disarm()
      if (this.inFlight.length > 0) this.arm()
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

  /** The head of the queue broke or outlasted the worker: refuse it and check the rest anew. */
  private replaceWorker(problem: string): void {
    this.disarm()
    const worker = this.worker
    this.worker = null
    this.ready = false
    if (worker) void worker.terminate()
    this.inFlight.shift()?.resolve(problem)
    if (this.inFlight.length > 0 && !this.closed) this.ensureWorker()
  }

  private arm(): void {
    this.disarm()
    this.timer = setTimeout(() => {
      this.log.warn({ budgetMs: this.budgetMs }, 'update check took too long; worker replaced')
      this.replaceWorker(`update took longer than ${this.budgetMs} ms to check`)
    }, this.budgetMs)
    this.timer.unref()
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
