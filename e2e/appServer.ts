import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The built app and relay (`npm start`'s entry point) in a child process on a free port. */
export interface AppServer {
  readonly baseUrl: string
  readonly dataDir: string
  /** Stops the server (SIGTERM), keeping its data. */
  stop(): Promise<void>
  /** Starts it again on the same port and data directory. */
  restart(): Promise<void>
  /** Stops it and deletes its data. */
  dispose(): Promise<void>
  /** What the server printed since it last started (stdout and stderr). */
  output(): string
  /** The first-start link the server printed (`/installera?token=…`, relative to `baseUrl`); waits for it. */
  setupPath(): Promise<string>
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output()}`)
    try {
      if ((await fetch(`${url}/healthz`)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`server did not become healthy:\n${output()}`)
}

async function freePort(): Promise<number> {
  const net = await import('node:net')
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Starts `node server/dist/main.js` (run `npm run build` first) with a fresh DATA_DIR. `openMode`
 * starts it with OPEN_MODE=1 (usable without accounts until the first administrator exists);
 * otherwise a fresh server refuses everything but its setup. `clientDir` serves another copy of the
 * built client (to publish a "new version").
 */
export async function startAppServer(
  options: { clientDir?: string; openMode?: boolean; env?: Record<string, string> } = {},
): Promise<AppServer> {
  if (
    !fs.existsSync(path.join(root, 'client/dist/index.html')) ||
    !fs.existsSync(path.join(root, 'server/dist/main.js'))
  ) {
    throw new Error('Build the app first: npm run build')
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-e2e-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  let child: ChildProcess
  let output = ''
  const launch = async () => {
    output = ''
    child = spawn(process.execPath, ['server/dist/main.js'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        OPEN_MODE: options.openMode === true ? '1' : '0',
        ...(options.clientDir ? { CLIENT_DIR: options.clientDir } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    await waitForHealth(baseUrl, child, () => output)
  }
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  await launch()
  return {
    baseUrl,
    dataDir,
    stop,
    restart: launch,
    output: () => output,
    async setupPath() {
      const deadline = Date.now() + 10_000
      while (Date.now() < deadline) {
        const match = /\/installera\?token=\S+/.exec(output)
        if (match) return match[0]
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      throw new Error(`the server printed no setup link:\n${output}`)
    },
    async dispose() {
      await stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
