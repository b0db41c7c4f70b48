import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleForChild } from './bundleForChild.js'
import { waitFor } from './waitFor.js'

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface ChildServer {
  readonly process: ChildProcess
  readonly port: number
  readonly syncUrl: string
  readonly httpUrl: string
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  readonly exited: Promise<number | string>
  output(): string
}

/**
 * The real server entry point (`src/main.ts`) in its own process, so tests can SIGKILL it. PORT 0
 * picks a free port; the port is read from the line the server prints when it is up.
 */
export async function startChildServer(dataDir: string, env: Record<string, string> = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, [await bundleForChild(path.join(serverRoot, 'src', 'main.ts'))], {
    cwd: serverRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', OPEN_MODE: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  )
  let port = 0
  await waitFor(
    () => {
      port = Number(/running at http:\/\/[^:]+:(\d+)/.exec(output)?.[1] ?? 0)
      if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`)
      return port > 0
    },
    'the server to start',
    60_000,
  )
  return {
    process: child,
    port,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    httpUrl: `http://127.0.0.1:${port}`,
    exited,
    output: () => output,
  }
}
