import fs from 'node:fs'
import path from 'node:path'
import { startPostgres, type TestPostgres } from '../../../server/test/services/postgres.js'
import { startRedis, type TestRedis } from '../../../server/test/services/redis.js'
import { trackStop } from '../cleanupOnExit.js'
import { repoRoot } from '../paths.js'
import type { RelayKind, RunningRelay } from './RelayKind.js'
import { RelayProcess } from './RelayProcess.js'

let services: Promise<{ postgres: TestPostgres; redis: TestRedis }> | null = null

/** One throwaway PostgreSQL and Redis for the whole run (Debian's, as the tests use), stopped at exit. */
function sharedServices(): Promise<{ postgres: TestPostgres; redis: TestRedis }> {
  services ??= Promise.all([startPostgres(), startRedis()]).then(([postgres, redis]) => {
    trackStop(() => {
      redis.stopNow()
      postgres.stopNow()
    })
    return { postgres, redis }
  })
  return services
}

/** A database per data directory: a restart on the same directory finds the same data. */
const databases = new Map<string, string>()

/**
 * Our server as a deployment with several processes runs it: `count` processes of
 * `node server/dist/main.js` on one PostgreSQL database (DATABASE_URL) joined through one Redis
 * (REDIS_URL), open (OPEN_MODE=1, no accounts). Clients are spread over the processes round robin.
 */
export async function startSamskrivCluster(kind: RelayKind, dataDir: string, count: number): Promise<RunningRelay> {
  if (!fs.existsSync(path.join(repoRoot, 'server/dist/main.js'))) {
    throw new Error('server/dist/main.js is missing: run `npm run build` first')
  }
  const { postgres, redis } = await sharedServices()
  let databaseUrl = databases.get(dataDir)
  if (databaseUrl === undefined) {
    databaseUrl = await postgres.createDatabase()
    databases.set(dataDir, databaseUrl)
  }
  const start = () =>
    RelayProcess.start({
      args: ['server/dist/main.js'],
      cwd: repoRoot,
      env: {
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        OPEN_MODE: '1',
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
      },
      ready: /running at http:\/\/[^:]+:(\d+)/,
    })
  // The first migrates the database; the others find it ready.
  const first = await start()
  const started = [first, ...(await Promise.all(Array.from({ length: count - 1 }, start)))]
  const processes = started.map((s) => s.process)
  const syncUrls = started.map((s) => `ws://127.0.0.1:${Number(s.ready[1])}/sync`)
  return {
    kind,
    process: processes[0]!,
    processes,
    port: Number(first.ready[1]),
    syncUrl: syncUrls[0]!,
    syncUrls,
    dataDir,
    // Not measured: the storage-growth scenario compares files on disk, of the single-process relays.
    storageBytes: () => 0,
  }
}
