import { createRequire } from 'node:module'
import path from 'node:path'
import { directorySize } from '../measure/directorySize.js'
import { freePort } from '../measure/freePort.js'
import { repoRoot } from '../paths.js'
import type { RelayKind, RunningRelay } from './RelayKind.js'
import { RelayProcess } from './RelayProcess.js'

const require = createRequire(import.meta.url)

/** The reference server of y-websocket 2.1.0 (`bin/server.cjs`), exactly as published. */
const serverScript = path.join(path.dirname(require.resolve('y-websocket-ref/package.json')), 'bin/server.cjs')

/**
 * Starts the reference y-websocket server; with `leveldb` it persists every update to LevelDB
 * (y-leveldb, `YPERSISTENCE`), without it documents live in memory only.
 */
export async function startYWebsocket(kind: RelayKind, dataDir: string, leveldb: boolean): Promise<RunningRelay> {
  const port = await freePort()
  const levelDir = path.join(dataDir, 'leveldb')
  const { process } = await RelayProcess.start({
    args: [serverScript],
    cwd: repoRoot,
    env: { HOST: '127.0.0.1', PORT: String(port), ...(leveldb ? { YPERSISTENCE: levelDir } : {}) },
    ready: /running at .* on port \d+/,
  })
  return {
    kind,
    process,
    port,
    syncUrl: `ws://127.0.0.1:${port}`,
    dataDir,
    storageBytes: () => (leveldb ? directorySize(levelDir) : 0),
  }
}
