import { describe, expect, it } from 'vitest'
import { storageKinds } from '../../test/storages.js'
import type { UserRecord } from './AccountStore.js'

const at = '2026-11-02T08:00:00.000Z'
const later = '2026-11-03T08:00:00.000Z'
const user = (id: string, email: string, extra: Partial<UserRecord> = {}): UserRecord => ({
  id,
  email,
  name: `Person ${id}`,
  passwordHash: null,
  isAdmin: false,
  createdAt: at,
  ...extra,
})

describe.each(storageKinds())('%s accounts', (_name, create) => {
  it('keeps accounts with unique e-mail addresses, and their passwords', async () => {
    const storage = await create()
    expect(await storage.accounts.countUsers()).toBe(0)
    expect(await storage.accounts.createUser(user('u1', 'anna@example.se', { isAdmin: true }))).toBe(true)
    expect(await storage.accounts.createUser(user('u2', 'anna@example.se'))).toBe(false)
    expect(await storage.accounts.createUser(user('u2', 'per@example.se'))).toBe(true)
    await storage.accounts.setPassword('u2', 'hash')
    expect(await storage.accounts.userByEmail('per@example.se')).toEqual(
      user('u2', 'per@example.se', { passwordHash: 'hash' }),
    )
    expect(await storage.accounts.userById('u1')).toEqual(user('u1', 'anna@example.se', { isAdmin: true }))
    expect(await storage.accounts.userById('nobody')).toBeNull()
    expect((await storage.accounts.listUsers()).map((u) => u.id)).toEqual(['u1', 'u2'])
    expect(await storage.accounts.countUsers()).toBe(2)
  })

  it('uses an invitation once and before it expires; sessions end when they expire or are deleted', async () => {
    const storage = await create()
    await storage.accounts.createUser(user('u1', 'anna@example.se'))
    await storage.accounts.createInvitation('old', 'u1', at)
    await storage.accounts.createInvitation('new', 'u1', later)
    expect(await storage.accounts.useInvitation('old', at)).toBeNull()
    expect(await storage.accounts.useInvitation('new', at)).toBe('u1')
    expect(await storage.accounts.useInvitation('new', at)).toBeNull()
    await storage.accounts.createSession('s', 'u1', at, later)
    expect((await storage.accounts.sessionUser('s', at))?.id).toBe('u1')
    expect(await storage.accounts.sessionUser('s', later)).toBeNull()
    await storage.accounts.deleteSession('s')
    expect(await storage.accounts.sessionUser('s', at)).toBeNull()
  })

  it('keeps groups with unique names and each member’s role', async () => {
    const storage = await create()
    await storage.accounts.createUser(user('u1', 'anna@example.se', { name: 'Anna Öberg' }))
    await storage.accounts.createUser(user('u2', 'per@example.se', { name: 'Per Vik' }))
    const group = { id: 'g1', name: 'Samordnande grupp Äldre', kind: 'coordinating' as const, createdAt: at }
    expect(await storage.accounts.createGroup(group)).toBe(true)
    expect(await storage.accounts.createGroup({ ...group, id: 'g2' })).toBe(false)
    expect(await storage.accounts.getGroup('g1')).toEqual(group)
    expect(await storage.accounts.listGroups()).toEqual([group])
    await storage.accounts.setMembership('g1', 'u1', 'editor')
    await storage.accounts.setMembership('g1', 'u1', 'coordinator')
    await storage.accounts.setMembership('g1', 'u2', 'reader')
    expect(await storage.accounts.membersOfGroup('g1')).toEqual([
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
    await storage.accounts.removeMembership('g1', 'u2')
    expect(await storage.accounts.membershipsOfUser('u2')).toEqual([])
    expect((await storage.accounts.membershipsOfUser('u1')).map((m) => m.role)).toEqual(['coordinator'])
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
