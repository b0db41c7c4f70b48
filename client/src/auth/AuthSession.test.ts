import { afterEach, describe, expect, it } from 'vitest'
import { createDocumentId, type MeResponse } from '@samskriv/shared'
import { AuthApi } from '../api/AuthApi'
import { LocalDatabase } from '../storage/LocalDatabase'
import { SettingsStore } from '../storage/SettingsStore'
import { AuthSession } from './AuthSession'

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

const anna = { id: 'u1', email: 'anna@example.se', name: 'Anna Andersson', isAdmin: false, status: 'active' as const }
const signedIn: MeResponse = { authRequired: true, setupRequired: false, user: anna, memberships: [] }

globalThis.reportError ??= (error: unknown) => console.error('REPORTED', error)
const databases: LocalDatabase[] = []
afterEach(() => {
  for (const db of databases.splice(0)) db.close()
})

function setup(fetchImpl: (url: string, init?: RequestInit) => Promise<Response>) {
  const db = new LocalDatabase(`auth-${createDocumentId()}`)
  databases.push(db)
  const settings = new SettingsStore(db)
  return { settings, auth: new AuthSession(new AuthApi(fetchImpl), settings) }
}

const offline = () => Promise.reject(new TypeError('Failed to fetch'))

describe('AuthSession', () => {
  it('stores the server’s answer and uses it offline on the next start', async () => {
    const first = setup(() => Promise.resolve(json(200, signedIn)))
    await first.auth.load()
    expect(first.auth.getSnapshot()).toEqual({ source: 'server', me: signedIn })
    expect(first.auth.required()).toBe(true)

    const later = new AuthSession(new AuthApi(offline), first.settings)
    await later.load()
    expect(later.getSnapshot()).toEqual({ source: 'device', me: signedIn })
  })

  it('runs open when the server was never reached', async () => {
    const { auth } = setup(offline)
    await auth.load()
    expect(auth.getSnapshot()).toEqual({ source: 'unknown', me: null })
    expect(auth.required()).toBe(false)
  })

  it('signs in, and signs out on the device even when the server cannot be reached', async () => {
    let online = true
    let me: MeResponse = { authRequired: true, setupRequired: false, user: null, memberships: [] }
    const { auth, settings } = setup((url) => {
      if (!online) return offline()
      if (url === '/api/auth/login') {
        me = signedIn
        return Promise.resolve(json(200, { user: anna }))
      }
      return Promise.resolve(json(200, me))
    })
    await auth.load()
    await auth.signIn('anna@example.se', 'ett långt lösenord')
    expect(auth.getSnapshot().me?.user).toEqual(anna)
    online = false
    await auth.signOut()
    expect(auth.getSnapshot().me).toEqual({ authRequired: true, setupRequired: false, user: null, memberships: [] })
    expect((await settings.get('lastMe'))?.user).toBeNull()
  })

  it('signs out before the page is left without telling the page (which would navigate on its own)', async () => {
    const calls: string[] = []
    const { auth, settings } = setup((url) => {
      calls.push(url)
      return Promise.resolve(json(200, url === '/api/auth/logout' ? { ok: true } : signedIn))
    })
    await auth.load()
    let told = 0
    auth.subscribe(() => told++)
    await auth.signOutBeforeLeaving()
    expect(calls).toContain('/api/auth/logout')
    expect(told).toBe(0)
    expect((await settings.get('lastMe'))?.user).toBeNull()
  })

  it('rejects a wrong password with the API’s error and stays signed out', async () => {
    const { auth } = setup((url) =>
      Promise.resolve(
        url === '/api/auth/login'
          ? json(401, { error: { code: 'bad_credentials', message: 'Wrong e-mail address or password.' } })
          : json(200, { authRequired: true, setupRequired: false, user: null, memberships: [] }),
      ),
    )
    await auth.load()
    await expect(auth.signIn('anna@example.se', 'fel')).rejects.toMatchObject({ status: 401, code: 'bad_credentials' })
    expect(auth.getSnapshot().me?.user).toBeNull()
  })
})
