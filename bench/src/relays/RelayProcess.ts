import { spawn, type ChildProcess } from 'node:child_process'
import { trackChild } from '../cleanupOnExit.js'

/** Most of a relay's output kept for error messages. */
const OUTPUT_LIMIT = 64 * 1024

export interface RelayProcessOptions {
  /** Arguments to `node`. */
  readonly args: readonly string[]
  readonly cwd: string
  readonly env: Readonly<Record<string, string>>
  /** Printed when the relay listens; its first group, if any, is the port. */
  readonly ready: RegExp
  readonly startTimeoutMs?: number
}

/** A relay in its own `node` process, so its CPU and memory can be read and it can be SIGKILLed. */
export class RelayProcess {
  private log = ''
  /** Resolves with the exit code, or the signal's name, once the process has ended. */
  readonly exited: Promise<number | string>

  private constructor(private readonly child: ChildProcess) {
    trackChild(child)
    const keep = (chunk: Buffer) => {
      this.log = (this.log + chunk.toString()).slice(-OUTPUT_LIMIT)
    }
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')))
  }

  /** Starts the process and waits for its ready line; resolves with the process and that line's match. */
  static async start(options: RelayProcessOptions): Promise<{ process: RelayProcess; ready: RegExpExecArray }> {
    const child = spawn(process.execPath, [...options.args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const relay = new RelayProcess(child)
    const timeoutMs = options.startTimeoutMs ?? 30_000
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const match = options.ready.exec(relay.log)
      if (match) return { process: relay, ready: match }
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`relay exited before it was ready:\n${relay.log}`)
      }
      if (Date.now() > deadline) {
        await relay.kill()
        throw new Error(`relay not ready after ${timeoutMs} ms:\n${relay.log}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('relay process has no pid')
    return this.child.pid
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  /** What the process printed (the last 64 KiB). */
  output(): string {
    return this.log
  }

  /** Ends the process at once (SIGKILL), as a crash or power cut would; resolves once it is gone. */
  async kill(): Promise<void> {
    if (this.running) this.child.kill('SIGKILL')
    await this.exited
  }

  /** Asks the process to stop (SIGTERM); SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return
    this.child.kill('SIGTERM')
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs)
    await this.exited
    clearTimeout(timer)
  }
}
