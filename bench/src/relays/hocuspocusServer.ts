/**
 * The Hocuspocus reference relay: `@hocuspocus/server` with `@hocuspocus/extension-sqlite`, all
 * defaults (documents stored 2 s after the last change, at most every 10 s, and when unloaded).
 * Run as its own process (compiled to bench/dist by `compileScript`); prints its port when up.
 * Env: HOCUSPOCUS_DATABASE (the SQLite file), PORT (0 = any), HOST.
 */
import { SQLite } from '@hocuspocus/extension-sqlite'
import { Server } from '@hocuspocus/server'

const database = process.env.HOCUSPOCUS_DATABASE
if (!database) throw new Error('HOCUSPOCUS_DATABASE is required')

const server = new Server({
  port: Number(process.env.PORT ?? 0),
  address: process.env.HOST ?? '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database })],
})
await server.listen()
const address = server.httpServer.address()
const port = typeof address === 'object' && address !== null ? address.port : 0
console.log(`Hocuspocus listening on port ${port}`)
