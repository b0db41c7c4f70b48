import { createDocumentId, getBody } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { RelayTokens } from '../src/accounts/RelayTokens.js'
import { team } from './accounts.js'
import { storedBytes, tokenClient } from './relayClient.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'

let server: TestServer
const cleanups: Array<() => void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) c()
  await server.close()
})

async function setUp() {
  server = await startTestServer()
  const t = await team(server, { Rut: 'reader', Eva: 'editor', Kim: 'coordinator' })
  const plan = (
    await t.members.Eva!.api('POST', '/api/documents', {
      title: 'Handlingsplan',
      type: 'actionPlan',
      groupId: t.groupId,
    })
  ).body.id as string
  const other = (
    await t.members.Eva!.api('POST', '/api/documents', { title: 'Annan', type: 'guidance', groupId: t.groupId })
  ).body.id as string
  const token = async (who: keyof typeof t.members, id = plan) =>
    (await t.members[who]!.api('GET', `/api/documents/${id}/token`)).body.token as string
  return { ...t, plan, other, token }
}

function connect(room: string, token: string | null) {
  const client = tokenClient(server.syncUrl, room, token)
  cleanups.push(client.close)
  return client
}

/** Sends `count` edits from a client, each a new paragraph. */
function scribble(doc: Y.Doc, count: number, label: string) {
  for (let i = 0; i < count; i++) {
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(`${label} ${i}`)])
    getBody(doc).insert(getBody(doc).length, [paragraph])
  }
}

describe('relay access', () => {
  it('lets an editor write, and refuses every update of a reader, stored state unchanged', async () => {
    const { plan, token } = await setUp()
    const editor = connect(plan, await token('Eva'))
    await waitFor(() => editor.provider.synced, 'editor synced')
    scribble(editor.doc, 1, 'redaktör')
    const observer = connect(plan, await token('Kim'))
    await waitFor(() => getBody(observer.doc).toString().includes('redaktör 0'), 'editor’s edit relayed')

    const before = storedBytes((await server.storage.updates.load(plan)).updates)
    const reader = connect(plan, await token('Rut'))
    await waitFor(() => reader.provider.synced, 'reader synced (reading is allowed)')
    expect(reader.notices.at(-1)).toMatchObject({ access: 'read', refused: false })
    scribble(reader.doc, 5, 'läsare')
    await waitFor(() => reader.denied.length >= 5, 'every update answered')
    expect(reader.notices.at(-1)).toMatchObject({ refused: true })
    expect(storedBytes((await server.storage.updates.load(plan)).updates)).toBe(before)
    expect(getBody(observer.doc).toString()).not.toContain('läsare')
  })

  it('refuses no token, a wrong, expired or other document’s token with 4401, and an outsider with 4403', async () => {
    const { plan, other, token, members } = await setUp()
    const sessionId = (await server.storage.accounts.listSessions(members.Eva!.id, new Date().toISOString()))[0]!.id
    const eva = { userId: members.Eva!.id, sessionId }
    const expired = (await new RelayTokens(server.signingKey).issue(eva, plan, new Date(Date.now() - 10 * 60_000)))
      .token
    const forged = (await new RelayTokens(new Uint8Array(32).fill(7)).issue(eva, plan)).token
    const cases: Array<[string, string | null]> = [
      ['no token', null],
      ['a wrong token', forged],
      ['an expired token', expired],
      ['another document’s token', await token('Eva', other)],
      ['garbage', 'abc.def.ghi'],
    ]
    const before = storedBytes((await server.storage.updates.load(plan)).updates)
    for (const [what, value] of cases) {
      const client = connect(plan, value)
      scribble(client.doc, 3, what)
      await waitFor(() => client.closes.includes(4401), `${what} refused`)
      expect(getBody(client.doc).toString(), what).not.toContain('redaktör')
    }
    const { account } = await import('./accounts.js')
    const outsider = await account(server, 'Olle')
    // An outsider cannot even get a token; told that it is access they lack, not the document.
    const refused = await outsider.api('GET', `/api/documents/${plan}/token`)
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'no_access' } } })
    const unknown = await outsider.api('GET', `/api/documents/${createDocumentId()}/token`)
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } })
    expect(storedBytes((await server.storage.updates.load(plan)).updates)).toBe(before)
  })

  it('closes a person’s connection when their role is removed, and refuses them from then on', async () => {
    const { plan, token, admin, groupId, members } = await setUp()
    const reader = connect(plan, await token('Rut'))
    await waitFor(() => reader.provider.synced, 'reader synced')
    expect((await admin.api('DELETE', `/api/groups/${groupId}/members/${members.Rut!.id}`)).status).toBe(200)
    await waitFor(() => reader.closes.includes(4509), 'connection closed on access change')
    await waitFor(() => reader.closes.includes(4401) || reader.closes.includes(4403), 'refused when it comes back')
    expect((await members.Rut!.api('GET', `/api/documents/${plan}/token`)).status).toBe(403)
  })

  it('lets an administrator give a document from before accounts to a group', async () => {
    server = await startTestServer()
    const created = await (
      await import('./accounts.js')
    ).call(server, 'POST', '/api/documents', { title: 'Från förr', type: 'guidance' })
    const t = await team(server, { Eva: 'editor' })
    expect((await t.members.Eva!.api('GET', `/api/documents/${created.body.id}`)).status).toBe(403)
    expect(
      (await t.members.Eva!.api('PUT', `/api/documents/${created.body.id}/group`, { groupId: t.groupId })).status,
    ).toBe(403)
    expect((await t.admin.api('PUT', `/api/documents/${created.body.id}/group`, { groupId: t.groupId })).status).toBe(
      200,
    )
    expect((await t.members.Eva!.api('GET', `/api/documents/${created.body.id}`)).body.groupId).toBe(t.groupId)
  })

  it('lists a meeting’s pack: the protocol, what it refers to, and the group’s action plans', async () => {
    const { plan, token, groupId, members } = await setUp()
    const protocol = (
      await members.Eva!.api('POST', '/api/documents', { title: 'Protokoll', type: 'protocol', groupId })
    ).body.id as string
    const guidance = (
      await members.Eva!.api('POST', '/api/documents', { title: 'Anvisning', type: 'guidance', groupId })
    ).body.id as string
    const writer = connect(protocol, await token('Eva', protocol))
    await waitFor(() => writer.provider.synced, 'synced')
    const paragraph = new Y.XmlElement('paragraph')
    const link = new Y.XmlText()
    link.insert(0, 'Anvisningen', { link: { href: `https://samskriv.example/dokument/${guidance}` } })
    paragraph.insert(0, [link])
    getBody(writer.doc).insert(getBody(writer.doc).length, [paragraph])
    await waitFor(async () => (await server.storage.updates.load(protocol)).updates.length > 1, 'stored')
    await waitFor(async () => {
      const pack = (await members.Rut!.api('GET', `/api/documents/${protocol}/meeting-pack`)).body.documents as Array<{
        id: string
      }>
      return (
        pack
          .map((d) => d.id)
          .sort()
          .join() === [protocol, guidance, plan].sort().join()
      )
    }, 'pack lists protocol, guidance and plan')
  })

  it('closes a connection that speaks for another person’s presence', async () => {
    const { plan, token } = await setUp()
    const eva = connect(plan, await token('Eva'))
    await waitFor(() => eva.provider.synced, 'synced')
    eva.provider.awareness.setLocalStateField('user', { name: 'Eva' })
    const kim = connect(plan, await token('Kim'))
    await waitFor(() => kim.provider.awareness.getStates().has(eva.doc.clientID), 'Eva’s presence seen')
    // Kim's client pretends to be Eva's caret, with a clock that would win.
    const encoding = await import('lib0/encoding')
    const entry = encoding.createEncoder()
    encoding.writeVarUint(entry, 1)
    encoding.writeVarUint(entry, eva.doc.clientID)
    encoding.writeVarUint(entry, 1_000_000)
    encoding.writeVarString(entry, JSON.stringify({ user: { name: 'Eva (falsk)' } }))
    const e = encoding.createEncoder()
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint8Array(e, encoding.toUint8Array(entry))
    kim.provider.ws?.send(encoding.toUint8Array(e))
    await waitFor(() => kim.closes.includes(4406), 'impostor closed')
    expect((eva.provider.awareness.getStates().get(eva.doc.clientID) as { user: { name: string } }).user.name).toBe(
      'Eva',
    )
  })
})
