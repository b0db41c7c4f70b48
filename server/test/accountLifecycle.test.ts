import { afterEach, describe, expect, it } from 'vitest'
import { account, call, PASSWORD } from './accounts.js'
import { startTestServer, type TestServer } from './testServer.js'

let server: TestServer
afterEach(async () => {
  await server.close()
})

const tokenOf = (link: unknown) => new URL(String(link)).searchParams.get('token')!
const accept = (token: string, password = PASSWORD) =>
  call(server, 'POST', '/api/auth/invitations/accept', { inviteToken: token, password })
const login = (email: string, password = PASSWORD) => call(server, 'POST', '/api/auth/login', { email, password })

describe('account lifecycle', () => {
  it('re-issues a lost invitation, lists links with their state, and says the person is already invited', async () => {
    server = await startTestServer({ openMode: false })
    const admin = await account(server, 'Admin', { admin: true })
    const invited = await admin.api('POST', '/api/users', { email: 'bo@example.se', name: 'Bo Berg' })
    expect(invited.body.user.status).toBe('invited')
    const again = await admin.api('POST', '/api/users', { email: 'bo@example.se', name: 'Bo Berg' })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('invitationPending')
    const reissued = await admin.api('POST', `/api/users/${invited.body.user.id}/link`)
    expect(reissued.status).toBe(201)
    expect(reissued.body.invitation).toMatchObject({ kind: 'invitation', state: 'pending' })
    expect((await accept(tokenOf(invited.body.inviteUrl))).status).toBe(400)
    expect((await accept(tokenOf(reissued.body.link))).status).toBe(200)
    const links = (await admin.api('GET', '/api/invitations')).body.invitations as Array<{ state: string }>
    expect(links.map((l) => l.state)).toEqual(['used', 'revoked'])
  })

  it('resets a password with a link: the old password and every session end', async () => {
    server = await startTestServer({ openMode: false })
    const admin = await account(server, 'Admin', { admin: true })
    const bo = await account(server, 'Bo')
    const reset = await admin.api('POST', `/api/users/${bo.id}/link`)
    expect(reset.body.invitation.kind).toBe('reset')
    expect((await accept(tokenOf(reset.body.link), 'aaaaaaaaaa')).status).toBe(400)
    expect((await accept(tokenOf(reset.body.link), 'ett helt nytt lösenord')).status).toBe(200)
    expect((await bo.api('GET', '/api/auth/me')).body.user).toBeNull()
    expect((await login('bo@example.se')).status).toBe(401)
    expect((await login('bo@example.se', 'ett helt nytt lösenord')).status).toBe(200)
  })

  it('lets people change their own password (other sessions end) and list and end their sessions', async () => {
    server = await startTestServer({ openMode: false })
    const bo = await account(server, 'Bo')
    const { signIn } = await import('./accounts.js')
    const tablet = await signIn(server, 'bo@example.se', bo.id)
    const sessions = (await bo.api('GET', '/api/auth/sessions')).body.sessions as Array<{
      id: string
      current: boolean
    }>
    expect(sessions).toHaveLength(2)
    const other = sessions.find((s) => !s.current)!
    expect((await bo.api('DELETE', `/api/auth/sessions/${other.id}`)).status).toBe(200)
    expect((await tablet.api('GET', '/api/auth/me')).body.user).toBeNull()

    const phone = await signIn(server, 'bo@example.se', bo.id)
    const change = { currentPassword: 'fel lösenord', newPassword: 'ett nytt och långt lösenord' }
    expect((await bo.api('POST', '/api/auth/password', change)).status).toBe(403)
    expect(
      (await bo.api('POST', '/api/auth/password', { ...change, currentPassword: PASSWORD, newPassword: '1234567890' }))
        .status,
    ).toBe(400)
    expect((await bo.api('POST', '/api/auth/password', { ...change, currentPassword: PASSWORD })).status).toBe(200)
    expect((await bo.api('GET', '/api/auth/me')).body.user).not.toBeNull()
    expect((await phone.api('GET', '/api/auth/me')).body.user).toBeNull()
    expect((await login('bo@example.se', 'ett nytt och långt lösenord')).status).toBe(200)
  })

  it('grants and withdraws administrator rights, never the last administrator’s, and ends someone’s sessions', async () => {
    server = await startTestServer({ openMode: false })
    const admin = await account(server, 'Admin', { admin: true })
    const bo = await account(server, 'Bo')
    expect((await bo.api('PATCH', `/api/users/${admin.id}`, { disabled: true })).status).toBe(403)
    expect((await admin.api('PATCH', `/api/users/${admin.id}`, { isAdmin: false })).status).toBe(409)
    expect((await admin.api('PATCH', `/api/users/${admin.id}`, { disabled: true })).status).toBe(409)
    expect((await admin.api('PATCH', `/api/users/${bo.id}`, { isAdmin: true })).body.user.isAdmin).toBe(true)
    expect((await bo.api('GET', '/api/audit')).status).toBe(200)
    expect((await admin.api('PATCH', `/api/users/${bo.id}`, { isAdmin: false })).body.user.isAdmin).toBe(false)
    expect((await bo.api('GET', '/api/audit')).status).toBe(403)
    expect((await admin.api('DELETE', `/api/users/${bo.id}/sessions`)).body.ended).toBe(1)
    expect((await bo.api('GET', '/api/auth/me')).body.user).toBeNull()
    const actions = ((await admin.api('GET', '/api/audit')).body.entries as Array<{ action: string }>).map(
      (e) => e.action,
    )
    expect(actions).toEqual(
      expect.arrayContaining(['administratorGranted', 'administratorWithdrawn', 'sessionsRevoked']),
    )
  })
})
