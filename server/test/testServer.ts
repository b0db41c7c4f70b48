import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createServer, type ServerOptions, type SamskrivServer } from '../src/createServer.js'
import { SqliteStorage } from '../src/storage/SqliteStorage.js'
import type { Storage } from '../src/storage/Storage.js'

export interface TestServer {
  readonly server: SamskrivServer
  readonly storage: Storage
  readonly dataDir: string
  readonly httpUrl: string
  /** `ws://127.0.0.1:<port>/sync`, the serverUrl a WebsocketProvider takes. */
  readonly syncUrl: string
  /** The key relay tokens are signed with. */
  readonly signingKey: Uint8Array
  close(): Promise<void>
}

/**
 * A real server on port 0 with a temporary SQLite database, in this process. It runs open
 * (OPEN_MODE=1) unless `openMode: false`: most tests drive the relay and documents without
 * accounts; those that create accounts are judged by them.
 */
export async function startTestServer(
  options: Partial<Omit<ServerOptions, 'storage'>> & { storage?: (dataDir: string) => Storage | Promise<Storage> } = {},
): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-test-'))
  const storage = (await options.storage?.(dataDir)) ?? new SqliteStorage(dataDir)
  const signingKey = new Uint8Array(randomBytes(32))
  const server = await createServer({
    clientDir: path.join(dataDir, 'no-client'),
    logLevel: false,
    openMode: true,
    signingKey,
    ...options,
    storage,
  })
  const port = await server.listen(0, '127.0.0.1')
  return {
    server,
    storage,
    dataDir,
    httpUrl: `http://127.0.0.1:${port}`,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    signingKey,
    async close() {
      await server.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
