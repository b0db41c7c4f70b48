import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startPostgres, type TestPostgres } from '../../../test/services/postgres.js'
import { versionRecord } from '../../../test/storageFixtures.js'
import { newDocumentRecord } from '../Storage.js'
import { createPool } from './pgClient.js'
import { migrate, POSTGRES_SCHEMA_VERSION } from './postgresMigrations.js'
import { PostgresStorage } from './PostgresStorage.js'

let postgres: TestPostgres
let url: string
beforeAll(async () => {
  if (!inject('servicesAvailable')) return
  postgres = await startPostgres()
  url = await postgres.createDatabase()
})
afterAll(() => postgres?.stop())

const sql = async (schema: string, text: string) => {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` })
  await client.connect()
  try {
    return await client.query(text)
  } finally {
    await client.end()
  }
}

describe.skipIf(!inject('servicesAvailable'))('PostgresStorage', () => {
  it('keeps everything across a reconnect, and every session commits synchronously', async () => {
    const first = await PostgresStorage.connect(url, { schema: 'reopen' })
    await first.updates.append('room', [new Uint8Array([5, 6])])
    await first.catalog.insert(
      newDocumentRecord({ id: 'a', type: 'protocol', title: 'Åtgärder för äldre', at: '2026-11-02T00:00:00.000Z' }),
    )
    expect(
      (await first.pool.query<{ s: string }>("SELECT current_setting('synchronous_commit') AS s")).rows[0]?.s,
    ).toBe('on')
    await first.close()
    const second = await PostgresStorage.connect(url, { schema: 'reopen' })
    expect((await second.updates.load('room')).updates).toEqual([new Uint8Array([5, 6])])
    expect((await second.catalog.get('a'))?.title).toBe('Åtgärder för äldre')
    await second.close()
  })

  it('never lets an approved version change, even by SQL', async () => {
    const storage = await PostgresStorage.connect(url, { schema: 'immutable' })
    await storage.catalog.insert(
      newDocumentRecord({ id: 'a', type: 'actionPlan', title: 'A', at: '2026-11-02T00:00:00.000Z' }),
    )
    await storage.approvals.recordVersion(versionRecord('a', 1, { title: 'A' }))
    await storage.close()
    await expect(sql('immutable', "UPDATE versions SET title = 'ändrad'")).rejects.toThrow(/never change/)
    await expect(sql('immutable', 'DELETE FROM versions')).rejects.toThrow(/never change/)
    // CASCADE: the exports that reference the versions would go too.
    await expect(sql('immutable', 'TRUNCATE versions CASCADE')).rejects.toThrow(/never change/)
    expect((await sql('immutable', 'SELECT title FROM versions')).rows).toEqual([{ title: 'A' }])
  })

  it('never lets a stored export change, even by SQL', async () => {
    const storage = await PostgresStorage.connect(url, { schema: 'exports' })
    await storage.catalog.insert(
      newDocumentRecord({ id: 'a', type: 'protocol', title: 'A', at: '2026-11-02T00:00:00.000Z' }),
    )
    await storage.approvals.recordVersion(versionRecord('a', 1, { title: 'A' }))
    const file = {
      documentId: 'a',
      number: 1,
      format: 'md',
      contentType: 'text/markdown; charset=utf-8',
      fileName: 'A-version-1.md',
      body: new TextEncoder().encode('# A'),
      createdAt: '2026-11-03T00:00:00.000Z',
    }
    // Two processes rendering it at once: both are answered with the one stored.
    const other = await PostgresStorage.connect(url, { schema: 'exports' })
    const [first, second] = await Promise.all([
      storage.exports.put(file),
      other.exports.put({ ...file, body: new TextEncoder().encode('# B') }),
    ])
    expect(second).toEqual(first)
    await Promise.all([storage.close(), other.close()])
    await expect(sql('exports', "UPDATE version_exports SET body = 'x'")).rejects.toThrow(/never change/)
    await expect(sql('exports', 'DELETE FROM version_exports')).rejects.toThrow(/never change/)
    await expect(sql('exports', 'TRUNCATE version_exports')).rejects.toThrow(/never change/)
    expect((await sql('exports', 'SELECT count(*)::int AS n FROM version_exports')).rows).toEqual([{ n: 1 }])
  })

  it('keeps the limits counted in storage when several processes ask at once', async () => {
    const processes = await Promise.all([1, 2, 3].map(() => PostgresStorage.connect(url, { schema: 'limits' })))
    const at = (i: number) => `2026-11-03T10:00:${String(i).padStart(2, '0')}.000Z`
    const claims = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        processes[i % 3]!.usage.claim('createDocument', 'anna', at(i), { since: '2026-11-03T09:00:00.000Z', max: 10 }),
      ),
    )
    expect(claims.filter(Boolean)).toHaveLength(10)
    const proposed = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        processes[i % 3]!.approvals.createProposal(
          {
            id: `p${i}`,
            documentId: 'plan',
            baseRevision: 1,
            data: new Uint8Array([i]),
            author: { id: i % 2 === 0 ? 'anna' : 'bo', name: '' },
            createdAt: at(i),
            summary: '',
            preview: '',
            status: 'open',
          },
          { perDocument: 7, perAuthor: 4 },
        ),
      ),
    )
    expect(proposed.filter(Boolean)).toHaveLength(7)
    const open = await processes[0]!.approvals.countOpenProposals('plan', 'anna')
    expect(open.total).toBe(7)
    expect(open.theirs).toBeLessThanOrEqual(4)
    await Promise.all(processes.map((s) => s.close()))
  })

  it('migrates once when several processes start together, and refuses a newer schema', async () => {
    const started = await Promise.all([1, 2, 3].map(() => PostgresStorage.connect(url, { schema: 'together' })))
    await Promise.all(started.map((s) => s.close()))
    expect((await sql('together', 'SELECT version FROM schema_migrations ORDER BY version')).rows).toEqual(
      Array.from({ length: POSTGRES_SCHEMA_VERSION }, (_, i) => ({ version: i + 1 })),
    )
    await sql('together', "INSERT INTO schema_migrations VALUES (99, 'later')")
    await expect(PostgresStorage.connect(url, { schema: 'together' })).rejects.toThrow(/newer than this server/)
  })

  it('brings a database of the first schema to the account lifecycle: the relay token secret goes, sessions and links get ids', async () => {
    const pool = createPool(url, { schema: 'upgrade' })
    await pool.query('CREATE SCHEMA IF NOT EXISTS upgrade')
    await migrate(pool, 1)
    await pool.query(`INSERT INTO settings VALUES ('relayTokenSecret', 'gammal hemlighet'), ('other', 'kvar')`)
    await pool.query(`INSERT INTO users (id, email, name, password_hash, is_admin, created_at)
      VALUES ('u1', 'anna@example.se', 'Anna', 'h', true, '2026-11-01T00:00:00.000Z')`)
    await pool.query(
      `INSERT INTO sessions VALUES ('token-hash', 'u1', '2026-11-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z')`,
    )
    await pool.query(`INSERT INTO invitations VALUES ('link-hash', 'u1', '2099-01-01T00:00:00.000Z', NULL)`)
    await pool.end()

    const storage = await PostgresStorage.connect(url, { schema: 'upgrade' })
    expect(await storage.accounts.getSetting('relayTokenSecret')).toBeNull()
    expect(await storage.accounts.getSetting('other')).toBe('kvar')
    expect(await storage.accounts.userById('u1')).toMatchObject({ isAdmin: true, disabledAt: null })
    const found = await storage.accounts.sessionByToken('token-hash', '2026-11-02T00:00:00.000Z')
    expect(found?.session).toMatchObject({ userId: 'u1', lastSeenAt: null, userAgent: '' })
    expect(found?.session.id).toMatch(/^[0-9a-f]{32}$/)
    expect(await storage.accounts.sessionById(found!.session.id, '2026-11-02T00:00:00.000Z')).toEqual(found?.session)
    expect(await storage.accounts.useInvitation('link-hash', '2026-11-02T00:00:00.000Z')).toMatchObject({
      userId: 'u1',
      kind: 'invitation',
      revokedAt: null,
      usedAt: '2026-11-02T00:00:00.000Z',
    })
    expect((await storage.accounts.listInvitations())[0]?.id).toMatch(/^[0-9a-f]{32}$/)
    await storage.close()
  })

  it('gives appends of several processes to one room increasing sequence numbers in commit order', async () => {
    const processes = await Promise.all([1, 2, 3].map(() => PostgresStorage.connect(url, { schema: 'appends' })))
    const seqs = await Promise.all(
      Array.from({ length: 60 }, (_, i) => processes[i % 3]!.updates.append('room', [new Uint8Array([i])])),
    )
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
    const stored = await processes[0]!.updates.load('room')
    expect(stored.lastSeq).toBe(60)
    // Each update sits at the sequence number its append answered.
    seqs.forEach((seq, i) => expect(stored.updates[seq - 1]).toEqual(new Uint8Array([i])))
    await Promise.all(processes.map((s) => s.close()))
  })

  it('holds other processes’ appends back while a transition runs, and lets them see its outcome', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => PostgresStorage.connect(url, { schema: 'exclusive' })))
    await a!.catalog.insert(
      newDocumentRecord({ id: 'doc', type: 'actionPlan', title: 'D', at: '2026-11-02T00:00:00.000Z' }),
    )
    await a!.updates.append('doc', [new Uint8Array([1])])
    let appended = false
    let waiting: Promise<number> | null = null
    await a!.updates.exclusive('doc', 0, async (missed) => {
      expect(missed.updates).toEqual([new Uint8Array([1])])
      waiting = b!.updates.append('doc', [new Uint8Array([2])], { whileDraft: 'doc' })
      void waiting.then(
        () => (appended = true),
        () => {},
      )
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(appended).toBe(false)
      await a!.catalog.update('doc', { status: 'approved', approvedVersion: 1 })
    })
    await expect(waiting).rejects.toThrow(/locked/)
    expect((await b!.updates.load('doc')).updates).toEqual([new Uint8Array([1])])
    await Promise.all([a!.close(), b!.close()])
  })
})
