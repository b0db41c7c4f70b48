import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode } from '@samskriv/shared'
import { account, call, PASSWORD, team } from './accounts.js'
import { tokenClient } from './relayClient.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'

let server: TestServer
afterEach(async () => {
  await server.close()
})

describe('first start', () => {
  const setupBody = (token: string | null, email = 'anna@example.se') => ({
    setupToken: token,
    name: 'Anna Admin',
    email,
    password: PASSWORD,
  })

  it('refuses everything but the setup link until the first administrator exists', async () => {
    server = await startTestServer({ openMode: false })
    expect((await call(server, 'GET', '/api/auth/me')).body).toEqual({
      authRequired: true,
      setupRequired: true,
      user: null,
      memberships: [],
    })
    // The takeover: an anonymous invitation of an administrator, then documents, groups, the relay.
    const attacks: Array<[string, string, unknown]> = [
      ['POST', '/api/users', { email: 'eve@example.se', name: 'Eve', isAdmin: true }],
      ['POST', '/api/groups', { name: 'Eves grupp', kind: 'other' }],
      ['POST', '/api/documents', { title: 'Eves', type: 'guidance' }],
      ['GET', '/api/documents', undefined],
      ['GET', '/api/users', undefined],
      ['POST', '/api/auth/invitations/accept', { inviteToken: 'x'.repeat(43), password: PASSWORD }],
    ]
    for (const [method, path, body] of attacks) {
      const answer = await call(server, method, path, body)
      expect(answer.status, `${method} ${path}`).toBe(503)
      expect(answer.body.error.code).toBe('setup_required')
    }
    const relay = tokenClient(server.syncUrl, 'eve-room', null)
    await waitFor(() => relay.closes.includes(CloseCode.unauthorized), 'relay refuses')
    relay.close()
    expect(await server.storage.accounts.countUsers()).toBe(0)
    expect(await server.storage.catalog.list({ trashed: false })).toEqual([])
    expect((await server.storage.updates.load('eve-room')).updates).toEqual([])

    expect((await call(server, 'POST', '/api/setup', setupBody('x'.repeat(43)))).status).toBe(403)
    const setup = await call(server, 'POST', '/api/setup', setupBody(server.server.setupToken))
    expect(setup.status).toBe(201)
    expect(setup.body.user).toMatchObject({ email: 'anna@example.se', isAdmin: true })
    const cookie = setup.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Strict/i)

    // From now on, sign-in is required, and the setup link is spent.
    expect((await call(server, 'GET', '/api/documents')).status).toBe(401)
    expect((await call(server, 'GET', '/api/auth/me')).body).toMatchObject({ authRequired: true, setupRequired: false })
    const again = await call(server, 'POST', '/api/setup', setupBody(server.server.setupToken, 'eve@example.se'))
    expect(again.status).toBe(409)
  })

  it('in open mode (OPEN_MODE=1) serves documents to anyone, but makes no administrator without the setup link', async () => {
    server = await startTestServer({ openMode: true })
    expect((await call(server, 'GET', '/api/auth/me')).body).toMatchObject({
      authRequired: false,
      setupRequired: false,
    })
    expect((await call(server, 'POST', '/api/documents', { title: 'Öppet', type: 'guidance' })).status).toBe(201)
    const takeover = await call(server, 'POST', '/api/users', { email: 'eve@example.se', name: 'Eve', isAdmin: true })
    expect(takeover.status).toBe(401)
    expect((await call(server, 'POST', '/api/groups', { name: 'Eve', kind: 'other' })).status).toBe(401)
    expect(await server.storage.accounts.countUsers()).toBe(0)
    expect((await call(server, 'POST', '/api/setup', setupBody(server.server.setupToken))).status).toBe(201)
    expect((await call(server, 'GET', '/api/documents')).status).toBe(401)
  })
})

describe('signing in', () => {
  it('signs in and out, and says nothing about which part was wrong', async () => {
    server = await startTestServer()
    const anna = await account(server, 'Anna', { admin: true })
    expect((await anna.api('GET', '/api/auth/me')).body.user).toMatchObject({ name: 'Anna', isAdmin: true })
    const wrongPassword = await call(server, 'POST', '/api/auth/login', {
      email: 'anna@example.se',
      password: 'fel lösenord!!',
    })
    const unknown = await call(server, 'POST', '/api/auth/login', {
      email: 'nobody@example.se',
      password: 'fel lösenord!!',
    })
    expect([wrongPassword.status, unknown.status]).toEqual([401, 401])
    expect(wrongPassword.body).toEqual(unknown.body)
    await anna.api('POST', '/api/auth/logout')
    expect((await anna.api('GET', '/api/auth/me')).body.user).toBeNull()
    const audit = (await (await account(server, 'Bo', { admin: true })).api('GET', '/api/audit')).body
      .entries as Array<{ action: string }>
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['signIn', 'signInFailed', 'signOut']))
  })

  it('rate-limits sign-in attempts', async () => {
    server = await startTestServer()
    await account(server, 'Anna', { admin: true })
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push(
        (await call(server, 'POST', '/api/auth/login', { email: 'anna@example.se', password: `gissning ${i}!!` }))
          .status,
      )
    expect(statuses).toContain(429)
  })

  it('refuses state-changing requests from another site', async () => {
    server = await startTestServer()
    const anna = await account(server, 'Anna', { admin: true })
    const forged = await anna.api(
      'POST',
      '/api/groups',
      { name: 'X', kind: 'other' },
      { origin: 'https://evil.example' },
    )
    expect(forged.status).toBe(403)
    const crossSite = await anna.api(
      'POST',
      '/api/groups',
      { name: 'X', kind: 'other' },
      { 'sec-fetch-site': 'cross-site' },
    )
    expect(crossSite.status).toBe(403)
    expect(
      (await anna.api('POST', '/api/groups', { name: 'X', kind: 'other' }, { origin: server.httpUrl })).status,
    ).toBe(201)
  })

  it('invites someone, who sets a password with the one-time link', async () => {
    server = await startTestServer()
    const admin = await account(server, 'Admin', { admin: true })
    const invited = await admin.api('POST', '/api/users', { email: 'cecilia@example.se', name: 'Cecilia Ek' })
    expect(invited.status).toBe(201)
    const token = new URL(invited.body.inviteUrl as string).searchParams.get('token')!
    expect(
      (await call(server, 'POST', '/api/auth/login', { email: 'cecilia@example.se', password: PASSWORD })).status,
    ).toBe(401)
    const accepted = await call(server, 'POST', '/api/auth/invitations/accept', {
      inviteToken: token,
      password: PASSWORD,
    })
    expect(accepted.status).toBe(200)
    expect(
      (await call(server, 'POST', '/api/auth/login', { email: 'cecilia@example.se', password: PASSWORD })).status,
    ).toBe(200)
    expect(
      (await call(server, 'POST', '/api/auth/invitations/accept', { inviteToken: token, password: PASSWORD })).status,
    ).toBe(400)
  })
})

describe('groups and roles', () => {
  it('lets each role do what it may, and shows nobody else the group’s documents', async () => {
    server = await startTestServer()
    const { admin, groupId, members } = await team(server, { Rut: 'reader', Eva: 'editor', Kim: 'coordinator' })
    const outsider = await account(server, 'Utomstående')
    expect(
      (await members.Rut!.api('POST', '/api/documents', { title: 'Plan', type: 'actionPlan', groupId })).status,
    ).toBe(403)
    expect((await members.Eva!.api('POST', '/api/documents', { title: 'Plan', type: 'actionPlan' })).status).toBe(400)
    const created = await members.Eva!.api('POST', '/api/documents', { title: 'Plan', type: 'actionPlan', groupId })
    expect(created.status).toBe(201)
    const id = created.body.id as string

    expect((await members.Rut!.api('GET', `/api/documents/${id}`)).status).toBe(200)
    expect((await members.Rut!.api('PATCH', `/api/documents/${id}`, { title: 'Ny' })).status).toBe(403)
    expect((await members.Eva!.api('PATCH', `/api/documents/${id}`, { title: 'Ny' })).status).toBe(200)
    expect((await outsider.api('GET', `/api/documents/${id}`)).status).toBe(403)
    expect((await outsider.api('GET', '/api/documents')).body.documents).toEqual([])
    expect((await members.Rut!.api('GET', '/api/documents')).body.documents).toHaveLength(1)

    // Coordinators manage their group's members; editors do not.
    expect(
      (await members.Eva!.api('PUT', `/api/groups/${groupId}/members/${outsider.id}`, { role: 'reader' })).status,
    ).toBe(403)
    expect(
      (await members.Kim!.api('PUT', `/api/groups/${groupId}/members/${outsider.id}`, { role: 'reader' })).status,
    ).toBe(200)
    expect((await outsider.api('GET', `/api/documents/${id}`)).status).toBe(200)
    const audit = (await admin.api('GET', '/api/audit')).body.entries as Array<{
      action: string
      subject: { id: string }
    }>
    expect(audit.some((e) => e.action === 'roleChanged' && e.subject.id === outsider.id)).toBe(true)
  })
})
