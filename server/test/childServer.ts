import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { waitFor } from './waitFor.js'

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

let bundled: Promise<string> | null = null

/**
 * The server entry point bundled once per test file (shared from its sources, packages left to
 * node_modules): a child then starts in well under a second, where transpiling every module on
 * each start took several, and tests restart the server many times.
 */
function bundle(): Promise<string> {
  bundled ??= (async () => {
    const outfile = path.join(serverRoot, '..', 'node_modules', '.cache', 'samskriv-test', `main-${process.pid}.mjs`)
    await build({
      entryPoints: [path.join(serverRoot, 'src', 'main.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      conditions: ['source'],
      logLevel: 'error',
      plugins: [
        {
          name: 'packages-external-but-shared',
          setup(b) {
            b.onResolve({ filter: /^[^./]/ }, (args) =>
              args.path.startsWith('@samskriv/') ? undefined : { path: args.path, external: true },
            )
          },
        },
      ],
    })
    return outfile
  })()
  return bundled
}

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
export async function startChildServer(dataDir: string): Promise<ChildServer> {
  const child = spawn(process.execPath, [await bundle()], {
    cwd: serverRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
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
