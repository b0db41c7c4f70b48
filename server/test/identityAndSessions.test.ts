import { CloseCode, getBody } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { awarenessFrame } from './attackHarness.js'
import { storedBytes } from './relayClient.js'
import { teamWithPlan } from './teamFixture.js'
import { waitFor } from './waitFor.js'

let fixture: Awaited<ReturnType<typeof teamWithPlan>>
afterEach(async () => {
  await fixture.close()
})

const stored = async () => storedBytes((await fixture.server.storage.updates.load(fixture.plan)).updates)

function write(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  getBody(doc).insert(getBody(doc).length, [paragraph])
}

const presentNames = (awareness: { getStates(): Map<number, Record<string, unknown>> }) =>
  [...awareness.getStates().values()].map((s) => (s.user as { name?: string } | undefined)?.name).filter(Boolean)

describe('presence in the account’s name', () => {
  it('shows a reader who claims to be the chair under their own name', async () => {
    fixture = await teamWithPlan()
    const kim = await fixture.connect('Kim')
    const rut = await fixture.connect('Rut')
    await waitFor(() => kim.provider.synced && rut.provider.synced, 'both synced')
    rut.provider.awareness.setLocalStateField('user', { name: 'Ordförande Kim', color: '#123456' })
    // A raw frame too, for a client id of its own with a forged name.
    rut.provider.ws?.send(awarenessFrame([{ clientId: 424242, clock: 1, state: { user: { name: 'Ordförande' } } }]))
    await waitFor(() => kim.provider.awareness.getStates().has(424242), 'raw presence relayed')
    await waitFor(() => presentNames(kim.provider.awareness).length >= 2, 'presence seen')
    expect(presentNames(kim.provider.awareness)).toEqual(['Rut', 'Rut'])
    expect(kim.provider.awareness.getStates().get(rut.doc.clientID)?.user).toEqual({ name: 'Rut', color: '#123456' })
  })
})

describe('sessions end relay access', () => {
  it('sign-out closes the person’s open connection and refuses a token fetched before it', async () => {
    fixture = await teamWithPlan()
    const { members, plan } = fixture
    const eva = await fixture.connect('Eva')
    await waitFor(() => eva.provider.synced, 'editor synced')
    const spareToken = await fixture.token('Eva')
    expect((await members.Eva!.api('POST', '/api/auth/logout')).status).toBe(200)
    await waitFor(() => eva.closes.includes(CloseCode.unauthorized), 'connection closed on sign-out')
    const before = await stored()
    // The open connection went on writing before; now it and the spare token write nothing.
    write(eva.doc, 'efter utloggning')
    const { tokenClient } = await import('./relayClient.js')
    const replay = tokenClient(fixture.server.syncUrl, plan, spareToken)
    write(replay.doc, 'med en gammal token')
    await waitFor(() => replay.closes.includes(CloseCode.unauthorized), 'old token refused')
    replay.close()
    expect(await stored()).toBe(before)
  })

  it('disabling an account closes its connections and its sessions; re-enabling lets it sign in again', async () => {
    fixture = await teamWithPlan()
    const { admin, members } = fixture
    const eva = await fixture.connect('Eva')
    await waitFor(() => eva.provider.synced, 'editor synced')
    expect((await admin.api('PATCH', `/api/users/${members.Eva!.id}`, { disabled: true })).status).toBe(200)
    await waitFor(() => eva.closes.includes(CloseCode.unauthorized), 'connection closed')
    expect((await members.Eva!.api('GET', '/api/auth/me')).body.user).toBeNull()
    expect((await members.Eva!.api('GET', `/api/documents/${fixture.plan}/token`)).status).toBe(401)
    const { call, PASSWORD } = await import('./accounts.js')
    const login = { email: 'eva@example.se', password: PASSWORD }
    expect((await call(fixture.server, 'POST', '/api/auth/login', login)).status).toBe(401)
    expect((await admin.api('PATCH', `/api/users/${members.Eva!.id}`, { disabled: false })).status).toBe(200)
    expect((await call(fixture.server, 'POST', '/api/auth/login', login)).status).toBe(200)
  })

  it('a change of administrator rights makes the person’s connections be judged again', async () => {
    fixture = await teamWithPlan()
    const { admin, members } = fixture
    const rut = await fixture.connect('Rut')
    await waitFor(() => rut.provider.synced, 'reader synced')
    expect((await admin.api('PATCH', `/api/users/${members.Rut!.id}`, { isAdmin: true })).status).toBe(200)
    await waitFor(() => rut.closes.includes(CloseCode.accessChanged), 'closed for re-judging')
  })
})
