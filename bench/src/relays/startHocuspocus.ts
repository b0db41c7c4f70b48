import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { directorySize } from '../measure/directorySize.js'
import { repoRoot } from '../paths.js'
import { compileScript } from './compileScript.js'
import type { RelayKind, RunningRelay } from './RelayKind.js'
import { RelayProcess } from './RelayProcess.js'

let compiled: string | null = null

/** Starts Hocuspocus with its SQLite extension, the database file in `dataDir`. */
export async function startHocuspocus(kind: RelayKind, dataDir: string): Promise<RunningRelay> {
  compiled ??= compileScript(fileURLToPath(new URL('hocuspocusServer.ts', import.meta.url)))
  const { process, ready } = await RelayProcess.start({
    args: [compiled],
    cwd: repoRoot,
    env: { HOST: '127.0.0.1', PORT: '0', HOCUSPOCUS_DATABASE: path.join(dataDir, 'hocuspocus.sqlite') },
    ready: /Hocuspocus listening on port (\d+)/,
  })
  const port = Number(ready[1])
  return {
    kind,
    process,
    port,
    syncUrl: `ws://127.0.0.1:${port}`,
    dataDir,
    // The database file and any journal beside it.
    storageBytes: () => directorySize(dataDir),
  }
}
