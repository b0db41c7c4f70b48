import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { loadSigningKey } from '../src/accounts/signingKey.js'
import { SqliteStorage } from '../src/storage/SqliteStorage.js'
import { migrate } from '../src/storage/sqliteMigrations.js'
import { account, call, PASSWORD, team } from './accounts.js'
import { startLoggedServer } from './attackHarness.js'
import { startTestServer, type TestServer } from './testServer.js'

let server: TestServer
afterEach(async () => {
  await server.close()
})

/** A GET with any Host header (fetch will not send another host than the URL's). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { host } }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    request.on('error', reject)
  })
}

/** Opens a websocket with these headers: 'open', or the HTTP status it was refused with. */
function upgrade(url: string, headers: Record<string, string>): Promise<'open' | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers })
    ws.on('open', () => (ws.terminate(), resolve('open')))
    ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0))
    ws.on('error', () => resolve(0))
  })
}

describe('the site the server is', () => {
  it('refuses foreign Host headers (DNS rebinding) and foreign or malformed Origins, on HTTP and websockets', async () => {
    server = await startTestServer({ openMode: true })
    const port = new URL(server.httpUrl).port
    const documents = `${server.httpUrl}/api/documents`
    expect(await getWithHost(documents, `rebind.evil.example:${port}`)).toBe(421)
    expect(await getWithHost(documents, `localhost:${port}`)).toBe(200)
    expect(await getWithHost(documents, `192.168.1.20:${port}`)).toBe(200)
    const post = (origin: string) =>
      call(server, 'POST', '/api/documents', { title: 'X', type: 'guidance' }, { origin })
    expect((await post('https://evil.example')).status).toBe(403)
    const malformed = await post('http://[')
    expect(malformed.status).toBe(403)
    expect(JSON.stringify(malformed.body)).not.toMatch(/stack|at /)
    expect((await post(server.httpUrl)).status).toBe(201)

    const ws = `${server.syncUrl}/some-room`
    expect(await upgrade(ws, { origin: 'https://evil.example' })).toBe(403)
    expect(await upgrade(ws, { origin: 'http://[' })).toBe(403)
    expect(await upgrade(ws, { host: 'rebind.evil.example' })).toBe(403)
    expect(await upgrade(ws, { origin: server.httpUrl })).toBe('open')
    expect(await upgrade(ws, {})).toBe('open')
  })

  it('with PUBLIC_URL and a trusted proxy: links, Secure cookies and sign-in limits per client', async () => {
    server = await startTestServer({ openMode: false, publicUrl: 'https://samskriv.example.se', trustProxy: true })
    const viaProxy = (client: string) => ({
      host: 'samskriv.example.se',
      'x-forwarded-for': client,
      'x-forwarded-proto': 'https',
    })
    const admin = await server.server.accounts.createUser({
      email: 'anna@example.se',
      name: 'Anna',
      password: PASSWORD,
      isAdmin: true,
    })
    const signedIn = await call(
      server,
      'POST',
      '/api/auth/login',
      { email: admin.email, password: PASSWORD },
      viaProxy('10.1.1.1'),
    )
    expect(signedIn.status).toBe(200)
    expect(signedIn.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!
    const invited = await call(
      server,
      'POST',
      '/api/users',
      { email: 'bo@example.se', name: 'Bo' },
      {
        ...viaProxy('10.1.1.1'),
        cookie,
        origin: 'https://samskriv.example.se',
      },
    )
    expect(invited.body.inviteUrl).toMatch(/^https:\/\/samskriv\.example\.se\/inbjudan\?token=/)
    for (let i = 0; i < 12; i++)
      await call(
        server,
        'POST',
        '/api/auth/login',
        { email: admin.email, password: `gissning ${i}!!` },
        viaProxy('10.9.9.9'),
      )
    expect(
      (
        await call(
          server,
          'POST',
          '/api/auth/login',
          { email: admin.email, password: 'fel fel fel!' },
          viaProxy('10.9.9.9'),
        )
      ).status,
    ).toBe(429)
    expect(
      (await call(server, 'POST', '/api/auth/login', { email: admin.email, password: PASSWORD }, viaProxy('10.2.2.2')))
        .status,
    ).toBe(200)
    expect(await getWithHost(`${server.httpUrl}/api/auth/me`, 'other.example.se')).toBe(421)
    expect(await getWithHost(`${server.httpUrl}/api/auth/me`, '192.168.1.20')).toBe(421)
  })

  it('never writes setup, invitation or relay tokens to the request log', async () => {
    const logged = await startLoggedServer({ openMode: false })
    server = logged
    const setupToken = logged.server.setupToken!
    await call(server, 'GET', `/installera?token=${setupToken}`)
    await call(server, 'GET', `/inbjudan?token=hemlig-inbjudan-123`)
    await call(server, 'GET', `/sync/room?token=hemlig-relaytoken-456`)
    const log = logged.logs.join('')
    expect(log).toContain('/installera?token=[redacted]')
    for (const secret of [setupToken, 'hemlig-inbjudan-123', 'hemlig-relaytoken-456']) expect(log).not.toContain(secret)
  })
})

describe('who sees whom', () => {
  it('shows accounts’ e-mail addresses to administrators and coordinators only, and a group to its members', async () => {
    server = await startTestServer({ openMode: false })
    const { admin, groupId, members } = await team(server, { Rut: 'reader', Kim: 'coordinator' })
    const outsider = await account(server, 'Olle')
    expect((await members.Rut!.api('GET', '/api/users')).status).toBe(403)
    expect((await outsider.api('GET', '/api/users')).status).toBe(403)
    expect((await members.Kim!.api('GET', '/api/users')).status).toBe(200)
    expect((await admin.api('GET', '/api/users')).body.users).toHaveLength(4)
    expect((await outsider.api('GET', `/api/groups/${groupId}/members`)).status).toBe(403)
    expect((await outsider.api('GET', '/api/groups')).body.groups).toEqual([])
    const seenByReader = (await members.Rut!.api('GET', `/api/groups/${groupId}/members`)).body.members as Array<{
      email: string
    }>
    expect(seenByReader.map((m) => m.email)).toEqual(['', ''])
  })

  it('refuses passwords that are easy to guess', async () => {
    server = await startTestServer({ openMode: false })
    const setup = { setupToken: server.server.setupToken, name: 'Anna', email: 'anna@example.se' }
    expect((await call(server, 'POST', '/api/setup', { ...setup, password: 'aaaaaaaaaa' })).status).toBe(400)
    expect((await call(server, 'POST', '/api/setup', { ...setup, password: 'Sommar2026!' })).status).toBe(400)
    expect(await server.storage.accounts.countUsers()).toBe(0)
    expect((await call(server, 'POST', '/api/setup', { ...setup, password: PASSWORD })).status).toBe(201)
  })
})

describe('the relay token key', () => {
  it('lives in a 0600 key file beside the database, never in it; an old database’s secret is dropped', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-key-'))
    server = await startTestServer({ openMode: false })
    try {
      const file = path.join(dir, 'relay-token.key')
      const key = loadSigningKey({ file })
      expect(fs.statSync(file).mode & 0o777).toBe(0o600)
      expect(loadSigningKey({ file })).toEqual(key)
      fs.chmodSync(file, 0o644)
      loadSigningKey({ file })
      expect(fs.statSync(file).mode & 0o777).toBe(0o600)
      expect(() => loadSigningKey({ file, fromEnvironment: 'kort' })).toThrow(/32/)

      // A database from before: its secret is deleted when it is opened.
      const db = new BetterSqlite3(path.join(dir, 'samskriv.sqlite'))
      migrate(db, 3)
      db.prepare("INSERT INTO settings (key, value) VALUES ('relayTokenSecret', 'gammal hemlighet')").run()
      db.close()
      const reopened = new SqliteStorage(dir)
      expect(await reopened.accounts.getSetting('relayTokenSecret')).toBeNull()
      await reopened.close()
      expect(
        fs.readFileSync(path.join(dir, 'samskriv.sqlite')).includes(Buffer.from(fs.readFileSync(file, 'utf8').trim())),
      ).toBe(false)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
