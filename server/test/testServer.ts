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
  close(): Promise<void>
}

/** A real server on port 0 with a temporary SQLite database, in this process. */
export async function startTestServer(
  options: Partial<Omit<ServerOptions, 'storage'>> & { storage?: (dataDir: string) => Storage | Promise<Storage> } = {},
): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-test-'))
  const storage = (await options.storage?.(dataDir)) ?? new SqliteStorage(dataDir)
  const server = await createServer({
    clientDir: path.join(dataDir, 'no-client'),
    logLevel: false,
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
    async close() {
      await server.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
