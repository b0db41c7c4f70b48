import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { InvitationRecord, SessionRecord, UserRecord } from './AccountStore.js'
import { MemoryStorage } from './MemoryStorage.js'
import { SqliteStorage } from './SqliteStorage.js'
import type { Storage } from './Storage.js'

const tempDirs: string[] = []
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-accounts-'))
  tempDirs.push(dir)
  return dir
}

const user = (id: string, extra: Partial<UserRecord> = {}): UserRecord => ({
  id,
  email: `${id}@example.se`,
  name: `Person ${id}`,
  passwordHash: null,
  isAdmin: false,
  createdAt: '2026-11-01T08:00:00.000Z',
  disabledAt: null,
  ...extra,
})

const link = (
  id: string,
  userId: string,
  createdAt: string,
  extra: Partial<InvitationRecord> = {},
): InvitationRecord => ({
  id,
  tokenHash: `hash-${id}`,
  userId,
  kind: 'invitation',
  createdAt,
  expiresAt: '2026-12-01T00:00:00.000Z',
  usedAt: null,
  revokedAt: null,
  ...extra,
})

const session = (id: string, userId: string, createdAt: string): SessionRecord => ({
  id,
  tokenHash: `token-${id}`,
  userId,
  createdAt,
  expiresAt: '2026-12-01T00:00:00.000Z',
  lastSeenAt: null,
  userAgent: 'Test',
})

const NOW = '2026-11-10T00:00:00.000Z'

describe.each([
  ['memory', () => new MemoryStorage()],
  ['sqlite', () => new SqliteStorage(tempDir())],
])('%s account store', (_name, create: () => Storage) => {
  it('disables, re-enables and changes administrator rights', async () => {
    const { accounts } = create()
    await accounts.createUser(user('a'))
    expect(await accounts.updateUser('a', { isAdmin: true, disabledAt: NOW })).toMatchObject({
      isAdmin: true,
      disabledAt: NOW,
    })
    expect(await accounts.userById('a')).toMatchObject({ isAdmin: true, disabledAt: NOW })
    expect(await accounts.updateUser('a', { disabledAt: null })).toMatchObject({ disabledAt: null, isAdmin: true })
    expect(await accounts.updateUser('nobody', { isAdmin: true })).toBeNull()
  })

  it('keeps one live link per account: a new one revokes the earlier, a link is used once', async () => {
    const { accounts } = create()
    await accounts.createUser(user('a'))
    await accounts.createInvitation(link('1', 'a', '2026-11-02T00:00:00.000Z'))
    await accounts.createInvitation(link('2', 'a', '2026-11-03T00:00:00.000Z', { kind: 'reset' }))
    expect(await accounts.useInvitation('hash-1', NOW)).toBeNull()
    expect(await accounts.pendingInvitation('hash-2', NOW)).toMatchObject({ id: '2' })
    expect(await accounts.useInvitation('hash-2', NOW)).toMatchObject({ id: '2', userId: 'a', kind: 'reset' })
    expect(await accounts.useInvitation('hash-2', NOW)).toBeNull()
    await accounts.createInvitation(
      link('3', 'a', '2026-11-04T00:00:00.000Z', { expiresAt: '2026-11-05T00:00:00.000Z' }),
    )
    expect(await accounts.useInvitation('hash-3', NOW)).toBeNull()
    await accounts.createInvitation(link('4', 'a', '2026-11-06T00:00:00.000Z'))
    await accounts.revokeInvitations('a', '2026-11-07T00:00:00.000Z')
    expect(await accounts.useInvitation('hash-4', NOW)).toBeNull()
    const listed = await accounts.listInvitations()
    expect(listed.map((i) => [i.id, i.usedAt !== null, i.revokedAt !== null])).toEqual([
      ['4', false, true],
      ['3', false, true],
      ['2', true, false],
      ['1', false, true],
    ])
  })

  it('finds, lists, touches and ends sessions', async () => {
    const { accounts } = create()
    await accounts.createUser(user('a'))
    await accounts.createUser(user('b'))
    await accounts.createSession(session('s1', 'a', '2026-11-02T00:00:00.000Z'))
    await accounts.createSession(session('s2', 'a', '2026-11-03T00:00:00.000Z'))
    await accounts.createSession(session('s3', 'b', '2026-11-03T00:00:00.000Z'))
    expect((await accounts.sessionByToken('token-s1', NOW))?.user.id).toBe('a')
    expect(await accounts.sessionByToken('token-s1', '2026-12-02T00:00:00.000Z')).toBeNull()
    await accounts.touchSession('s1', NOW)
    expect((await accounts.sessionById('s1', NOW))?.lastSeenAt).toBe(NOW)
    expect((await accounts.listSessions('a', NOW)).map((s) => s.id)).toEqual(['s2', 's1'])
    expect(await accounts.deleteSessionsOfUser('a', 's2')).toEqual(['s1'])
    expect((await accounts.listSessions('a', NOW)).map((s) => s.id)).toEqual(['s2'])
    await accounts.deleteSession('s2')
    expect(await accounts.sessionById('s2', NOW)).toBeNull()
    expect(await accounts.sessionById('s3', NOW)).not.toBeNull()
  })
})

describe('sqlite files', () => {
  it('are readable by the server’s user only: data directory 0700, database 0600', async () => {
    const dir = path.join(tempDir(), 'data')
    const storage = new SqliteStorage(dir)
    await storage.accounts.createUser(user('a'))
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700)
    for (const file of fs.readdirSync(dir)) expect(fs.statSync(path.join(dir, file)).mode & 0o777, file).toBe(0o600)
    await storage.close()
    // An existing, too open directory and database are narrowed when the server opens them again.
    fs.chmodSync(dir, 0o755)
    fs.chmodSync(path.join(dir, 'samskriv.sqlite'), 0o644)
    await new SqliteStorage(dir).close()
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700)
    expect(fs.statSync(path.join(dir, 'samskriv.sqlite')).mode & 0o777).toBe(0o600)
  })
})
