import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createServer } from '../../src/createServer.js'
import { SqliteStorage } from '../../src/storage/SqliteStorage.js'
import { startWorker } from '../../src/workers/startWorker.js'
import { PASSWORD } from '../accounts.js'

/**
 * The server of the stall test, in its own process as in production: it creates the test's
 * accounts, tells the test its port and their ids, and answers `stats` with the longest its event
 * loop was held up since the last answer.
 */
const dataDir = process.env.DATA_DIR!
const server = await createServer({
  storage: new SqliteStorage(dataDir),
  clientDir: path.join(dataDir, 'no-client'),
  logLevel: 'warn',
})
const port = await server.listen(0, '127.0.0.1')
const users: Record<string, string> = {}
for (const name of ['Admin', 'Eva', 'Kim', 'Cia', 'Rut', 'Bo']) {
  const user = await server.accounts.createUser({
    email: `${name.toLowerCase()}@example.se`,
    name,
    password: PASSWORD,
    isAdmin: name === 'Admin',
  })
  users[name] = user.id
}
// Run from its sources, the server bundles its worker modules on first use; the built server has
// them compiled. Bundle them now, as the build would have, and start both checking workers.
await startWorker('exportWorker', {}).terminate()
await server.relay.updateChecker.check(new Uint8Array([0, 0]))
await server.relay.updateChecker.check(new Uint8Array(128 * 1024))
const delay = monitorEventLoopDelay({ resolution: 10 })
delay.enable()
process.on('disconnect', () => process.exit(0))
process.on('message', (message) => {
  if (message === 'stats') {
    process.send!({ maxDelayMs: delay.max / 1e6, p99DelayMs: delay.percentile(99) / 1e6 })
    delay.reset()
  } else if (message === 'stop') {
    void server.close().then(() => process.exit(0))
  }
})
process.send!({ port, users })
