import { spawn, type ChildProcess } from 'node:child_process'
import type { Socket } from 'node:net'
import { redisServerPath } from './binaries.js'
import { freePort } from './freePort.js'

/** A throwaway Redis on its own port, without persistence. */
export interface TestRedis {
  readonly url: string
  /** Kills the server (SIGKILL): everything it held is gone. */
  kill(): Promise<void>
  /** Starts it again on the same port. */
  start(): Promise<void>
  stop(): Promise<void>
  /** Kills it at once, synchronously (for a process that is exiting). */
  stopNow(): void
}

function launch(program: string, port: number): Promise<ChildProcess> {
  const child = spawn(program, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) {
        child.stdout.off('data', onData)
        child.stdout.resume()
        // Never what keeps the caller's process alive (the bench exits when its work is done).
        child.unref()
        for (const stream of [child.stdout, child.stderr]) (stream as unknown as Socket).unref()
        resolve(child)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.resume()
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)))
  })
}

export async function startRedis(): Promise<TestRedis> {
  const program = redisServerPath()
  if (program === null) throw new Error('redis-server is not installed (apt-get install redis-server)')
  const port = await freePort()
  let child: ChildProcess | null = await launch(program, port)
  const kill = async () => {
    const dying = child
    child = null
    if (!dying || dying.exitCode !== null) return
    const exited = new Promise((resolve) => dying.once('exit', resolve))
    dying.kill('SIGKILL')
    await exited
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    kill,
    async start() {
      child = await launch(program, port)
    },
    stop: kill,
    stopNow() {
      if (child && child.exitCode === null) child.kill('SIGKILL')
    },
  }
}
