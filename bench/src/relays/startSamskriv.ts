import fs from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../paths.js'
import type { RelayKind, RunningRelay } from './RelayKind.js'
import { RelayProcess } from './RelayProcess.js'

/** Our server as `npm start` runs it (`node server/dist/main.js`), open: OPEN_MODE=1 on a fresh DATA_DIR. */
export async function startSamskriv(kind: RelayKind, dataDir: string): Promise<RunningRelay> {
  if (!fs.existsSync(path.join(repoRoot, 'server/dist/main.js'))) {
    throw new Error('server/dist/main.js is missing: run `npm run build` first')
  }
  const { process, ready } = await RelayProcess.start({
    args: ['server/dist/main.js'],
    cwd: repoRoot,
    env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', OPEN_MODE: '1' },
    ready: /running at http:\/\/[^:]+:(\d+)/,
  })
  const port = Number(ready[1])
  const database = path.join(dataDir, 'samskriv.sqlite')
  return {
    kind,
    process,
    port,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    dataDir,
    // The database and its write-ahead log (the -shm index is shared memory, not data).
    storageBytes: () => fileSize(database) + fileSize(`${database}-wal`),
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size
  } catch {
    return 0
  }
}
