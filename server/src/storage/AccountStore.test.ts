import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { storageKinds } from '../../test/storages.js'
import type { InvitationRecord, SessionRecord, UserRecord } from './AccountStore.js'
import { SqliteStorage } from './SqliteStorage.js'

const tempDirs: string[] = []
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-accounts-'))
  tempDirs.push(dir)
  return dir
}

const at = '2026-11-02T08:00:00.000Z'
const later = '2026-11-03T08:00:00.000Z'
const NOW = '2026-11-10T00:00:00.000Z'

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

const session = (id: string, userId: string, createdAt: string, extra: Partial<SessionRecord> = {}): SessionRecord => ({
  id,
  tokenHash: `token-${id}`,
  userId,
  createdAt,
  expiresAt: '2026-12-01T00:00:00.000Z',
  lastSeenAt: null,
  userAgent: 'Test',
  ...extra,
})

describe.each(storageKinds())('%s account store', (_name, create) => {
  it('keeps accounts with unique e-mail addresses, and their passwords', async () => {
    const { accounts } = await create()
    expect(await accounts.countUsers()).toBe(0)
    expect(await accounts.createUser(user('u1', { email: 'anna@example.se', isAdmin: true }))).toBe(true)
    expect(await accounts.createUser(user('u2', { email: 'anna@example.se' }))).toBe(false)
    expect(await accounts.createUser(user('u2', { email: 'per@example.se' }))).toBe(true)
    await accounts.setPassword('u2', 'hash')
    expect(await accounts.userByEmail('per@example.se')).toEqual(
      user('u2', { email: 'per@example.se', passwordHash: 'hash' }),
    )
    expect(await accounts.userById('u1')).toEqual(user('u1', { email: 'anna@example.se', isAdmin: true }))
    expect(await accounts.userById('nobody')).toBeNull()
    expect((await accounts.listUsers()).map((u) => u.id)).toEqual(['u1', 'u2'])
    expect(await accounts.countUsers()).toBe(2)
  })

  it('disables, re-enables and changes administrator rights', async () => {
    const { accounts } = await create()
    await accounts.createUser(user('a'))
    expect(await accounts.updateUser('a', { isAdmin: true, disabledAt: NOW })).toMatchObject({
      isAdmin: true,
      disabledAt: NOW,
    })
    expect(await accounts.userById('a')).toMatchObject({ isAdmin: true, disabledAt: NOW })
    expect(await accounts.updateUser('a', { disabledAt: null })).toMatchObject({ disabledAt: null, isAdmin: true })
    expect(await accounts.updateUser('a', { isAdmin: false })).toMatchObject({ disabledAt: null, isAdmin: false })
    expect(await accounts.updateUser('nobody', { isAdmin: true })).toBeNull()
  })

  it('keeps one live link per account: a new one revokes the earlier, a link is used once', async () => {
    const { accounts } = await create()
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
    expect(listed[2]).toEqual(link('2', 'a', '2026-11-03T00:00:00.000Z', { kind: 'reset', usedAt: NOW }))
  })

  it('finds, lists, touches and ends sessions', async () => {
    const { accounts } = await create()
    await accounts.createUser(user('a'))
    await accounts.createUser(user('b'))
    await accounts.createSession(session('s1', 'a', '2026-11-02T00:00:00.000Z'))
    await accounts.createSession(session('s2', 'a', '2026-11-03T00:00:00.000Z', { userAgent: 'Firefox på Linux' }))
    await accounts.createSession(session('s3', 'b', '2026-11-03T00:00:00.000Z'))
    expect(await accounts.sessionByToken('token-s1', NOW)).toEqual({
      session: session('s1', 'a', '2026-11-02T00:00:00.000Z'),
      user: user('a'),
    })
    expect(await accounts.sessionByToken('token-s1', '2026-12-02T00:00:00.000Z')).toBeNull()
    await accounts.touchSession('s1', NOW)
    expect((await accounts.sessionById('s1', NOW))?.lastSeenAt).toBe(NOW)
    expect(await accounts.sessionById('s2', NOW)).toEqual(
      session('s2', 'a', '2026-11-03T00:00:00.000Z', { userAgent: 'Firefox på Linux' }),
    )
    expect((await accounts.listSessions('a', NOW)).map((s) => s.id)).toEqual(['s2', 's1'])
    expect(await accounts.deleteSessionsOfUser('a', 's2')).toEqual(['s1'])
    expect((await accounts.listSessions('a', NOW)).map((s) => s.id)).toEqual(['s2'])
    await accounts.deleteSession('s2')
    expect(await accounts.sessionById('s2', NOW)).toBeNull()
    expect(await accounts.sessionById('s3', NOW)).not.toBeNull()
    expect(await accounts.deleteSessionsOfUser('b')).toEqual(['s3'])
    expect(await accounts.listSessions('b', NOW)).toEqual([])
  })

  it('keeps groups with unique names and each member’s role', async () => {
    const { accounts } = await create()
    await accounts.createUser(user('u1', { name: 'Anna Öberg', email: 'anna@example.se' }))
    await accounts.createUser(user('u2', { name: 'Per Vik', email: 'per@example.se' }))
    const group = { id: 'g1', name: 'Samordnande grupp Äldre', kind: 'coordinating' as const, createdAt: at }
    expect(await accounts.createGroup(group)).toBe(true)
    expect(await accounts.createGroup({ ...group, id: 'g2' })).toBe(false)
    expect(await accounts.getGroup('g1')).toEqual(group)
    expect(await accounts.listGroups()).toEqual([group])
    await accounts.setMembership('g1', 'u1', 'editor')
    await accounts.setMembership('g1', 'u1', 'coordinator')
    await accounts.setMembership('g1', 'u2', 'reader')
    expect(await accounts.membersOfGroup('g1')).toEqual([
      {
        groupId: 'g1',
        groupName: group.name,
        userId: 'u1',
        userName: 'Anna Öberg',
        email: 'anna@example.se',
        role: 'coordinator',
      },
      {
        groupId: 'g1',
        groupName: group.name,
        userId: 'u2',
        userName: 'Per Vik',
        email: 'per@example.se',
        role: 'reader',
      },
    ])
    await accounts.removeMembership('g1', 'u2')
    expect(await accounts.membershipsOfUser('u2')).toEqual([])
    expect((await accounts.membershipsOfUser('u1')).map((m) => m.role)).toEqual(['coordinator'])
  })

  it('sets a setting only once, and keeps the audit log newest first', async () => {
    const storage = await create()
    expect(await storage.accounts.initSetting('key', 'first')).toBe('first')
    expect(await storage.accounts.initSetting('key', 'second')).toBe('first')
    expect(await storage.accounts.getSetting('key')).toBe('first')
    await storage.accounts.deleteSetting('key')
    expect(await storage.accounts.getSetting('key')).toBeNull()
    await storage.audit.record({ at, actorId: 'u1', action: 'signIn', subject: 'u1', details: { ip: 'x' } })
    await storage.audit.record({ at: later, actorId: null, action: 'approved', subject: 'd', details: { version: 1 } })
    expect(await storage.audit.list(1)).toEqual([
      { at: later, actorId: null, action: 'approved', subject: 'd', details: { version: 1 } },
    ])
    expect((await storage.audit.list(10)).map((e) => e.action)).toEqual(['approved', 'signIn'])
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
