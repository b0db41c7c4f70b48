import fs from 'node:fs'
import path from 'node:path'
import { createServer } from '../../src/createServer.js'
import { SqliteStorage } from '../../src/storage/SqliteStorage.js'

/**
 * The server for the soak test, in its own process (started with --expose-gc): it answers the
 * test's IPC requests with its memory after a full GC, open rooms and connections, and open
 * file descriptors, so the test can watch for leaks.
 */
const dataDir = process.env.DATA_DIR!
const server = await createServer({
  storage: new SqliteStorage(dataDir),
  clientDir: path.join(dataDir, 'no-client'),
  logLevel: 'warn',
  openMode: true,
})
const port = await server.listen(0, '127.0.0.1')
const gc = (globalThis as { gc?: () => void }).gc!

process.on('message', (message) => {
  if (message === 'stats') {
    gc()
    gc()
    const memory = process.memoryUsage()
    process.send!({
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      rooms: server.relay.openRoomCount,
      connections: server.relay.connectionCount,
      fds: fs.readdirSync('/proc/self/fd').length,
    })
  } else if (message === 'stop') {
    void server.close().then(() => process.exit(0))
  }
})
process.send!({ port })
