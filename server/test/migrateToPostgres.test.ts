import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { copySqliteToPostgres } from '../src/storage/postgres/copySqliteToPostgres.js'
import { PostgresStorage } from '../src/storage/postgres/PostgresStorage.js'
import { SqliteStorage } from '../src/storage/SqliteStorage.js'
import type { DecisionEntry } from '@samskriv/shared'
import { newDocumentRecord, type Storage } from '../src/storage/Storage.js'
import { bundleForChild } from './bundleForChild.js'
import { versionRecord } from './storageFixtures.js'
import { startPostgres, type TestPostgres } from './services/postgres.js'

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli.ts')

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return bundleForChild(cli).then(
    (bundle) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [bundle, ...args], { env: { ...process.env, ...env } })
        let output = ''
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
        child.on('exit', (code) => resolve({ code, output }))
      }),
  )
}

const at = '2026-11-02T08:00:00.000Z'
const later = '2026-11-03T08:00:00.000Z'

const trashedDecision: DecisionEntry = {
  id: 'old-d1',
  documentId: 'old-prot' as DecisionEntry['documentId'],
  documentTitle: 'Protokoll maj',
  documentType: 'protocol',
  agendaItemId: '',
  agendaItemNumber: 1,
  agendaItemTitle: 'Beslutspunkter',
  title: 'Beslut',
  text: 'Länsgemensam ledning beslutar att anta planen.',
  kind: 'other',
  decidingBody: 'Länsgemensam ledning',
  date: '2026-05-30',
  group: '',
  persons: [],
  approvedDocument: null,
  memberChange: null,
  betweenMeetings: false,
  position: 0,
}

const planExport = {
  documentId: 'plan',
  number: 1,
  format: 'md',
  contentType: 'text/markdown; charset=utf-8',
  fileName: 'Handlingsplan-version-1.md',
  body: new TextEncoder().encode('# Handlingsplan'),
  createdAt: at,
}

/** An installation with something in every table. */
async function fill(storage: Storage): Promise<void> {
  await storage.accounts.createUser({
    id: 'u1',
    email: 'anna@example.se',
    name: 'Anna Öberg',
    passwordHash: 'h',
    isAdmin: true,
    createdAt: at,
    disabledAt: null,
  })
  await storage.accounts.createUser({
    id: 'u2',
    email: 'per@example.se',
    name: 'Per Vik',
    passwordHash: null,
    isAdmin: false,
    createdAt: at,
    disabledAt: null,
  })
  await storage.accounts.createUser({
    id: 'u3',
    email: 'eva@example.se',
    name: 'Eva Lund',
    passwordHash: 'h3',
    isAdmin: false,
    createdAt: at,
    disabledAt: '2026-11-05T08:00:00.000Z',
  })
  const link = { userId: 'u2', createdAt: at, expiresAt: '2099-01-01T00:00:00.000Z', usedAt: null, revokedAt: null }
  await storage.accounts.createInvitation({ ...link, id: 'i1', tokenHash: 'old', kind: 'invitation' })
  await storage.accounts.createInvitation({ ...link, id: 'i2', tokenHash: 'inv', kind: 'reset', createdAt: later })
  await storage.accounts.createSession({
    id: 's1',
    tokenHash: 'sess',
    userId: 'u1',
    createdAt: at,
    expiresAt: '2099-01-01T00:00:00.000Z',
    lastSeenAt: later,
    userAgent: 'Firefox på Linux',
  })
  await storage.accounts.createGroup({ id: 'g1', name: 'Samordnande grupp Äldre', kind: 'coordinating', createdAt: at })
  await storage.accounts.setMembership('g1', 'u1', 'coordinator')
  await storage.accounts.initSetting('setupTokenHash', 'hash')
  await storage.catalog.insert({
    ...newDocumentRecord({ id: 'plan', type: 'actionPlan', title: 'Handlingsplan', at, groupId: 'g1' }),
  })
  await storage.catalog.insert(newDocumentRecord({ id: 'prot', type: 'protocol', title: 'Protokoll', at }))
  // An approved protocol in the trash: its decision stays in the register, marked.
  await storage.catalog.insert({
    ...newDocumentRecord({ id: 'old-prot', type: 'protocol', title: 'Protokoll maj', at }),
    deletedAt: later,
    status: 'approved',
    approvedVersion: 1,
  })
  await storage.registers.replaceDocument('old-prot', { decisions: [trashedDecision], activities: [] }, 1)
  await storage.updates.append('plan', [new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([3])])
  await storage.updates.compact('plan', new Uint8Array([1, 2]), 2)
  await storage.updates.append('plan/annotations', [new Uint8Array([9])])
  await storage.registers.replaceDocument('plan', { decisions: [], activities: [] }, 3)
  await storage.approvals.recordVersion(versionRecord('plan', 1, { approvedBy: { id: 'u1', name: 'Anna Öberg' } }))
  await storage.approvals.startJustering({
    documentId: 'prot',
    round: 1,
    status: 'open',
    hash: 'b'.repeat(64),
    state: new Uint8Array([5]),
    onBehalfOf: 'Presidiet',
    startedBy: { id: 'u1', name: 'Anna Öberg' },
    startedAt: at,
    signers: [{ userId: 'u2', name: '', state: 'pending', comment: '', evidence: '', at: null }],
  })
  await storage.approvals.createProposal(
    {
      id: 'p1',
      documentId: 'plan',
      baseRevision: 1,
      data: new Uint8Array([4, 4]),
      author: { id: 'u1', name: 'Anna Öberg' },
      createdAt: at,
      summary: 'offline',
      preview: 'text',
      status: 'open',
    },
    { perDocument: 10, perAuthor: 10 },
  )
  await storage.exports.put(planExport)
  await storage.usage.claim('createDocument', 'u1', at, { since: '', max: 10 })
  await storage.audit.record({ at, actorId: 'u1', action: 'approved', subject: 'plan', details: { version: 1 } })
  await storage.audit.record({ at, actorId: null, action: 'signIn', subject: 'u1', details: {} })
}

/** Everything the interfaces can read, to compare two installations. */
async function contents(storage: Storage) {
  return {
    users: await storage.accounts.listUsers(),
    session: await storage.accounts.sessionByToken('sess', at),
    sessions: await storage.accounts.listSessions('u1', at),
    invitations: await storage.accounts.listInvitations(),
    members: await storage.accounts.membersOfGroup('g1'),
    groups: await storage.accounts.listGroups(),
    setting: await storage.accounts.getSetting('setupTokenHash'),
    documents: await storage.catalog.list({ trashed: false }),
    trashed: await storage.catalog.list({ trashed: true }),
    plan: await storage.updates.load('plan'),
    comments: await storage.updates.load('plan/annotations'),
    stale: await storage.registers.staleDocuments(),
    decisions: await storage.registers.queryDecisions({ limit: 10, offset: 0 }, 'all'),
    versions: await storage.approvals.listVersions('plan'),
    justering: await storage.approvals.currentJustering('prot'),
    proposals: await storage.approvals.listProposals('plan'),
    export: await storage.exports.get('plan', 1, 'md'),
    audit: await storage.audit.list(10),
  }
}

let postgres: TestPostgres
beforeAll(async () => {
  if (inject('servicesAvailable')) postgres = await startPostgres()
})
afterAll(() => postgres?.stop())

describe.skipIf(!inject('servicesAvailable'))('npm run samskriv -- migrate-to-postgres', () => {
  it('copies an SQLite installation into PostgreSQL, all of it, once', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-migrate-'))
    const url = await postgres.createDatabase()
    try {
      const sqlite = new SqliteStorage(dataDir)
      await fill(sqlite)
      const before = await contents(sqlite)
      expect(before.decisions.entries).toEqual([
        { ...trashedDecision, documentTrashed: true, documentStatus: 'approved' },
      ])
      expect(before.users.find((u) => u.id === 'u3')?.disabledAt).not.toBeNull()
      await sqlite.close()

      const first = await runCli(['migrate-to-postgres'], { DATA_DIR: dataDir, DATABASE_URL: url })
      expect(first.output).toMatch(/room_updates\t3/)
      expect(first.code).toBe(0)

      const copied = await PostgresStorage.connect(url)
      expect(await contents(copied)).toEqual(before)
      expect(await copied.accounts.useInvitation('old', at)).toBeNull()
      expect(await copied.accounts.useInvitation('inv', at)).toMatchObject({ id: 'i2', userId: 'u2', kind: 'reset' })
      // The usage log came along: the one document created counts against the next.
      expect(await copied.usage.claim('createDocument', 'u1', at, { since: '', max: 1 })).toBe(false)
      // Sequence numbers and the audit log go on from where SQLite left them.
      expect(await copied.updates.append('plan', [new Uint8Array([4])])).toBe(4)
      await copied.audit.record({ at, actorId: null, action: 'after', subject: 'x', details: {} })
      expect((await copied.audit.list(1))[0]?.action).toBe('after')
      await expect(copied.pool.query('DELETE FROM versions')).rejects.toThrow(/never change/)
      await copied.close()

      const again = await runCli(['migrate-to-postgres'], { DATA_DIR: dataDir, DATABASE_URL: url })
      expect(again.code).toBe(2)
      expect(again.output).toMatch(/Nothing was copied: .*already holds Samskriv data/)
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('copies nothing when the SQLite file holds a table or column PostgreSQL has no place for', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-migrate-'))
    const target = await PostgresStorage.connect(await postgres.createDatabase())
    try {
      const sqlite = new SqliteStorage(dataDir)
      await fill(sqlite)
      await sqlite.close()
      const db = new BetterSqlite3(path.join(dataDir, 'samskriv.sqlite'))
      db.exec('CREATE TABLE exports (id TEXT PRIMARY KEY); ALTER TABLE users ADD COLUMN phone TEXT')
      db.close()
      await expect(copySqliteToPostgres(dataDir, target)).rejects.toThrow(
        /no place for table exports, column users.phone/,
      )
      expect(await target.accounts.countUsers()).toBe(0)
    } finally {
      await target.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('says what is missing without a DATABASE_URL', async () => {
    const result = await runCli(['migrate-to-postgres'], { DATA_DIR: os.tmpdir(), DATABASE_URL: '' })
    expect(result.code).toBe(2)
    expect(result.output).toMatch(/Set DATABASE_URL/)
  })
})
