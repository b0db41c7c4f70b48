import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, inject } from 'vitest'
import { MemoryStorage } from '../src/storage/MemoryStorage.js'
import { PostgresStorage } from '../src/storage/postgres/PostgresStorage.js'
import { SqliteStorage } from '../src/storage/SqliteStorage.js'
import type { Storage } from '../src/storage/Storage.js'
import { startPostgres, type TestPostgres } from './services/postgres.js'

/** A kind of storage for `describe.each`: its name and how to make a fresh, empty one. */
export type StorageKind = [name: string, create: () => Promise<Storage>]

/**
 * Memory, SQLite and (where PostgreSQL is installed) PostgreSQL storage, each test's store fresh and
 * empty: a temporary SQLite directory, or a schema of its own in a PostgreSQL cluster started once
 * for the test file. Everything is closed and removed after each test and after the file.
 */
export function storageKinds(): StorageKind[] {
  const dirs: string[] = []
  const opened: Storage[] = []
  let cluster: Promise<{ postgres: TestPostgres; url: string }> | null = null
  let schemas = 0
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close().catch(() => {})))
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  })
  afterAll(async () => {
    if (cluster) await (await cluster).postgres.stop()
  })
  const track = (storage: Storage) => {
    opened.push(storage)
    return storage
  }
  const kinds: StorageKind[] = [
    ['memory', () => Promise.resolve(track(new MemoryStorage()))],
    [
      'sqlite',
      () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-storage-'))
        dirs.push(dir)
        return Promise.resolve(track(new SqliteStorage(dir)))
      },
    ],
  ]
  if (inject('servicesAvailable')) {
    kinds.push([
      'postgres',
      async () => {
        cluster ??= startPostgres().then(async (postgres) => ({ postgres, url: await postgres.createDatabase() }))
        const { url } = await cluster
        return track(await PostgresStorage.connect(url, { schema: `test_${++schemas}`, maxConnections: 4 }))
      },
    ])
  }
  return kinds
}
