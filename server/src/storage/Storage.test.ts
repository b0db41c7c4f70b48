import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { storageKinds } from '../../test/storages.js'
import { versionRecord } from '../../test/storageFixtures.js'
import { SqliteStorage } from './SqliteStorage.js'
import { DocumentLockedError, newDocumentRecord, type DocumentRecord, type Storage } from './Storage.js'

const tempDirs: string[] = []
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-storage-'))
  tempDirs.push(dir)
  return dir
}

const bytes = (...values: number[]) => new Uint8Array(values)

const record = (id: string, updatedAt: string, extra: Partial<DocumentRecord> = {}): DocumentRecord => ({
  ...newDocumentRecord({ id, type: 'protocol', title: `Dokument ${id}`, at: '2026-11-01T08:00:00.000Z' }),
  updatedAt,
  ...extra,
})

describe.each(storageKinds())('%s storage', (_name, create: () => Promise<Storage>) => {
  it('appends updates in order with increasing sequence numbers', async () => {
    const storage = await create()
    expect(await storage.updates.load('room')).toEqual({ updates: [], lastSeq: 0 })
    expect(await storage.updates.append('room', [bytes(1), bytes(2)])).toBe(2)
    expect(await storage.updates.append('room', [bytes(3)])).toBe(3)
    expect(await storage.updates.append('other', [bytes(9)])).toBe(1)
    const loaded = await storage.updates.load('room')
    expect(loaded.updates.map((u) => [...u])).toEqual([[1], [2], [3]])
    expect(loaded.lastSeq).toBe(3)
    await storage.close()
  })

  it('compacts a prefix into a snapshot and keeps later entries', async () => {
    const storage = await create()
    await storage.updates.append('room', [bytes(1), bytes(2), bytes(3)])
    await storage.updates.compact('room', bytes(12), 2)
    await storage.updates.append('room', [bytes(4)])
    const loaded = await storage.updates.load('room')
    expect(loaded.updates.map((u) => [...u])).toEqual([[12], [3], [4]])
    expect(loaded.lastSeq).toBe(4)
    await storage.close()
  })

  it('lists live and trashed documents, newest change first', async () => {
    const storage = await create()
    expect(await storage.catalog.insert(record('a', '2026-11-02T00:00:00.000Z'))).toBe(true)
    expect(await storage.catalog.insert(record('b', '2026-11-03T00:00:00.000Z'))).toBe(true)
    expect(await storage.catalog.insert(record('a', '2026-11-09T00:00:00.000Z'))).toBe(false)
    expect((await storage.catalog.list({ trashed: false })).map((r) => r.id)).toEqual(['b', 'a'])

    const trashed = await storage.catalog.update('b', { deletedAt: '2026-11-04T00:00:00.000Z' })
    expect(trashed?.deletedAt).toBe('2026-11-04T00:00:00.000Z')
    expect((await storage.catalog.list({ trashed: false })).map((r) => r.id)).toEqual(['a'])
    expect((await storage.catalog.list({ trashed: true })).map((r) => r.id)).toEqual(['b'])
    expect(await storage.catalog.update('missing', { title: 'x' })).toBeNull()
    expect(await storage.catalog.get('a')).toEqual(record('a', '2026-11-02T00:00:00.000Z'))
    await storage.close()
  })

  it('loads what was committed after a sequence number, a snapshot that covers it first', async () => {
    const storage = await create()
    await storage.updates.append('room', [bytes(1), bytes(2), bytes(3), bytes(4)])
    expect(await storage.updates.loadSince('room', 2)).toEqual({ updates: [bytes(3), bytes(4)], lastSeq: 4 })
    expect(await storage.updates.loadSince('room', 4)).toEqual({ updates: [], lastSeq: 4 })
    await storage.updates.compact('room', bytes(123), 3)
    expect((await storage.updates.loadSince('room', 1)).updates).toEqual([bytes(123), bytes(4)])
    expect(await storage.updates.loadSince('empty', 0)).toEqual({ updates: [], lastSeq: 0 })
    await storage.close()
  })

  it('refuses a guarded append once the document is not a draft, storing nothing', async () => {
    const storage = await create()
    const guard = { whileDraft: 'doc' }
    // A document not yet in the catalog (created offline, first seen by sync) is a draft.
    expect(await storage.updates.append('doc', [bytes(1)], guard)).toBe(1)
    await storage.catalog.insert(record('doc', '2026-11-02T00:00:00.000Z'))
    expect(await storage.updates.append('doc', [bytes(2)], guard)).toBe(2)
    await storage.catalog.update('doc', { status: 'justering' })
    await expect(storage.updates.append('doc', [bytes(3)], guard)).rejects.toBeInstanceOf(DocumentLockedError)
    await storage.catalog.update('doc', { status: 'approved', approvedVersion: 1 })
    await expect(storage.updates.append('doc', [bytes(3)], guard)).rejects.toBeInstanceOf(DocumentLockedError)
    // The server's own changes (the lock in the document's metadata) and comments are not guarded.
    expect(await storage.updates.append('doc', [bytes(4)])).toBe(3)
    expect(await storage.updates.append('doc/annotations', [bytes(5)], undefined)).toBe(1)
    expect((await storage.updates.load('doc')).updates).toEqual([bytes(1), bytes(2), bytes(4)])
    await storage.close()
  })

  it('runs exclusive work with the entries it has not seen', async () => {
    const storage = await create()
    await storage.updates.append('room', [bytes(1), bytes(2)])
    const seen = await storage.updates.exclusive('room', 1, (missed) => Promise.resolve(missed))
    expect(seen).toEqual({ updates: [bytes(2)], lastSeq: 2 })
    await expect(storage.updates.exclusive('room', 0, () => Promise.reject(new Error('no')))).rejects.toThrow('no')
    expect(await storage.updates.append('room', [bytes(3)])).toBe(3)
    await storage.close()
  })
})

describe('SqliteStorage', () => {
  it('keeps everything across a reopen of the same directory', async () => {
    const dir = tempDir()
    const first = new SqliteStorage(dir)
    await first.updates.append('room', [bytes(5, 6)])
    await first.catalog.insert(record('a', '2026-11-02T00:00:00.000Z', { title: 'Åtgärder för äldre' }))
    await first.close()

    const second = new SqliteStorage(dir)
    expect((await second.updates.load('room')).updates.map((u) => [...u])).toEqual([[5, 6]])
    expect((await second.catalog.get('a'))?.title).toBe('Åtgärder för äldre')
    await second.close()
  })

  it('gives the WAL back after a compaction of a long log, keeping the snapshot', async () => {
    const dir = tempDir()
    const storage = new SqliteStorage(dir)
    const wal = path.join(dir, 'samskriv.sqlite-wal')
    const update = new Uint8Array(4096).fill(7)
    let lastSeq = 0
    for (let batch = 0; batch < 100; batch++) lastSeq = await storage.updates.append('room', [update, update, update])
    expect(fs.statSync(wal).size).toBeGreaterThan(1024 * 1024)

    await storage.updates.compact('room', bytes(1, 2, 3), lastSeq)
    expect(fs.statSync(wal).size).toBeLessThan(64 * 1024)
    expect((await storage.updates.load('room')).updates.map((u) => [...u])).toEqual([[1, 2, 3]])
    await storage.close()
  })

  it('never lets an approved version change, even by SQL', async () => {
    const dir = tempDir()
    const storage = new SqliteStorage(dir)
    await storage.catalog.insert(record('a', '2026-11-02T00:00:00.000Z'))
    await storage.approvals.recordVersion(versionRecord('a', 1, { title: 'A', type: 'protocol' }))
    expect((await storage.catalog.get('a'))?.status).toBe('approved')
    await storage.close()
    const BetterSqlite3 = (await import('better-sqlite3')).default
    const db = new BetterSqlite3(path.join(dir, 'samskriv.sqlite'))
    expect(() => db.prepare("UPDATE versions SET title = 'ändrad'").run()).toThrow(/never change/)
    expect(() => db.prepare('DELETE FROM versions').run()).toThrow(/never change/)
    db.close()
  })

  it('refuses a database written by a newer server', async () => {
    const dir = tempDir()
    const storage = new SqliteStorage(dir)
    await storage.close()
    const BetterSqlite3 = (await import('better-sqlite3')).default
    const db = new BetterSqlite3(path.join(dir, 'samskriv.sqlite'))
    db.pragma('user_version = 99')
    db.close()
    expect(() => new SqliteStorage(dir)).toThrow(/newer than this server/)
  })
})
