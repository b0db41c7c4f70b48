import {
  fragmentToJson,
  getBody,
  getMetaMap,
  MessageType,
  readNoticeMessage,
  type JSONContent,
  type VersionSummary,
} from '@samskriv/shared'
import type * as decoding from 'lib0/decoding'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { contentHash, documentContent } from '../src/approval/documentContent.js'
import { team } from './accounts.js'
import { pdfText } from './pdfText.js'
import { storedBytes, tokenClient } from './relayClient.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'
import { writeParagraph } from './writeParagraph.js'

let server: TestServer
const cleanups: Array<() => void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) c()
  await server.close()
})

async function setUp(type: 'actionPlan' | 'protocol' = 'actionPlan') {
  server = await startTestServer()
  const t = await team(server, { Eva: 'editor', Kim: 'coordinator', Jan: 'reader', Jon: 'reader' })
  const id = (
    await t.members.Eva!.api('POST', '/api/documents', { title: 'Handlingsplan Äldre', type, groupId: t.groupId })
  ).body.id as string
  const connect = async (who: keyof typeof t.members) => {
    const token = (await t.members[who]!.api('GET', `/api/documents/${id}/token`)).body.token as string
    const client = tokenClient(server.syncUrl, id, token)
    cleanups.push(client.close)
    await waitFor(() => client.provider.synced, `${who} synced`)
    return client
  }
  return { ...t, id, connect }
}

const write = writeParagraph

describe('approval by a coordinator', () => {
  it('locks the document while an editor is typing, and the approved version never changes', async () => {
    const { id, members, connect } = await setUp()
    const editor = await connect('Eva')
    let typed = 0
    const typing = setInterval(() => write(editor.doc, `tangent ${typed++}`), 15)
    await waitFor(() => typed > 10, 'typing under way')
    const approved = await members.Kim!.api('POST', `/api/documents/${id}/approve`, {
      onBehalfOf: 'Länsgemensam ledning',
    })
    expect(approved.status).toBe(201)
    const version = approved.body as { number: number; hash: string }
    expect(version).toMatchObject({ number: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) })
    // The editor's client is told within a second, and everything typed after is refused.
    await waitFor(() => editor.notices.some((n) => n.lock.state === 'approved'), 'editor told of the lock', 1000)
    await waitFor(() => editor.denied.length > 3, 'later keystrokes refused')
    clearInterval(typing)
    expect(getMetaMap(editor.doc).get('lock')).toEqual({ state: 'approved', version: 1 })

    const stored = await server.storage.approvals.getVersion(id, 1)
    const replay = new Y.Doc()
    Y.applyUpdate(replay, stored!.state)
    expect(await contentHash(await documentContent(replay))).toBe(version.hash)
    const before = storedBytes((await server.storage.updates.load(id)).updates)
    write(editor.doc, 'efter godkännandet')
    await waitFor(() => editor.denied.length > 4, 'refused')
    expect(storedBytes((await server.storage.updates.load(id)).updates)).toBe(before)
    expect((await members.Eva!.api('PATCH', `/api/documents/${id}`, { title: 'Nytt namn' })).status).toBe(409)
    expect((await members.Eva!.api('POST', `/api/documents/${id}/approve`, { onBehalfOf: 'X' })).status).toBe(403)

    // A new revision opens from it; editing it leaves version 1 exactly as approved.
    expect((await members.Kim!.api('POST', `/api/documents/${id}/revisions`)).status).toBe(201)
    const v1 = (await members.Eva!.api('GET', `/api/documents/${id}/versions/1`)).body
    const html1 = (await members.Eva!.api('GET', `/api/documents/${id}/versions/1/export.html`)).body as string
    const revising = await connect('Eva')
    write(revising.doc, 'revision två')
    await waitFor(
      async () =>
        JSON.stringify(
          (
            await documentContent(
              await server.server.relay.read({ documentId: id as never, kind: 'content' }, (d) => d),
            )
          ).body,
        ).includes('revision två'),
      'revision edited',
    )
    expect((await members.Eva!.api('GET', `/api/documents/${id}/versions/1`)).body).toEqual(v1)
    expect((await members.Eva!.api('GET', `/api/documents/${id}/versions/1/export.html`)).body).toBe(html1)
    expect((await server.storage.approvals.getVersion(id, 1))!.state).toEqual(stored!.state)
    await expect(server.storage.approvals.recordVersion({ ...stored!, title: 'ändrad' })).rejects.toThrow(
      /UNIQUE|never change/,
    )
  })

  it('exports the approved version as PDF, Markdown and HTML with version, approval and hash', async () => {
    const { id, members, connect } = await setUp()
    const editor = await connect('Eva')
    write(editor.doc, 'Samverkan kring utskrivning ska stärkas.')
    await waitFor(async () => (await server.storage.updates.load(id)).updates.length > 1, 'stored')
    const { hash } = (
      await members.Kim!.api('POST', `/api/documents/${id}/approve`, { onBehalfOf: 'Länsgemensam ledning' })
    ).body as { hash: string }
    const pdf = await fetch(`${server.httpUrl}/api/documents/${id}/versions/1/export.pdf`, {
      headers: { cookie: members.Jan!.cookie },
    })
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()))
    expect(text).toContain('Samverkan kring utskrivning ska stärkas.')
    expect(text).toContain('Godkänd version 1')
    expect(text.replace(/\s/g, '')).toContain(hash)
    const markdown = (await members.Jan!.api('GET', `/api/documents/${id}/versions/1/export.md`)).body as string
    expect(markdown).toContain('Samverkan kring utskrivning ska stärkas.')
    expect(markdown).toContain(`SHA-256: ${hash}`)
  })
})

describe('justering of a protocol', () => {
  it('freezes the text, approves only when both justerare confirmed, and a send-back unfreezes it', async () => {
    const { id, members, connect } = await setUp('protocol')
    const editor = await connect('Eva')
    const signers = [members.Jan!.id, members.Jon!.id]
    expect((await members.Kim!.api('POST', `/api/documents/${id}/approve`, { onBehalfOf: 'LGL' })).status).toBe(409)

    // Round 1: sent back.
    const started = await members.Kim!.api('POST', `/api/documents/${id}/justering`, {
      signers,
      onBehalfOf: 'Länsgemensam ledning',
    })
    expect(started.status).toBe(201)
    await waitFor(() => editor.notices.some((n) => n.lock.state === 'frozen'), 'frozen')
    write(editor.doc, 'under justering')
    await waitFor(() => editor.denied.length > 0, 'edit refused while frozen')
    const sentBack = await members.Jon!.api('POST', `/api/documents/${id}/justering/return`, {
      comment: 'Paragraf 3 saknar beslutstext.',
    })
    expect(sentBack.body.justering.signers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: members.Jon!.id, state: 'returned', comment: 'Paragraf 3 saknar beslutstext.' }),
      ]),
    )
    await waitFor(() => editor.notices.at(-1)?.lock.state === 'draft', 'unfrozen')
    expect((await members.Eva!.api('GET', `/api/documents/${id}`)).body.status).toBe('draft')

    // Round 2: both confirm the frozen text's hash.
    const round2 = (
      await members.Kim!.api('POST', `/api/documents/${id}/justering`, { signers, onBehalfOf: 'Länsgemensam ledning' })
    ).body.justering as { hash: string; round: number }
    expect(round2.round).toBe(2)
    expect(
      (await members.Eva!.api('POST', `/api/documents/${id}/justering/confirm`, { hash: round2.hash })).status,
    ).toBe(403)
    expect(
      (await members.Jan!.api('POST', `/api/documents/${id}/justering/confirm`, { hash: 'a'.repeat(64) })).status,
    ).toBe(409)
    expect(
      (await members.Jan!.api('POST', `/api/documents/${id}/justering/confirm`, { hash: round2.hash })).status,
    ).toBe(200)
    expect((await members.Jan!.api('GET', `/api/documents/${id}`)).body.status).toBe('justering')
    expect(
      (await members.Jon!.api('POST', `/api/documents/${id}/justering/confirm`, { hash: round2.hash })).status,
    ).toBe(200)
    const document = (await members.Jan!.api('GET', `/api/documents/${id}`)).body
    expect(document).toMatchObject({ status: 'approved', approvedVersion: 1 })
    const versions = (await members.Jan!.api('GET', `/api/documents/${id}/versions`)).body.versions as VersionSummary[]
    expect(versions).toEqual([expect.objectContaining({ number: 1, hash: round2.hash, method: 'justering' })])
    expect(versions[0]!.signedBy.map((s) => s.id).sort()).toEqual([...signers].sort())
  })
})

describe('signers of a justering', () => {
  it('are the active members of the document’s group: the picker lists them, the server refuses anyone else', async () => {
    const { id, members, admin, groupId } = await setUp('protocol')
    const { account } = await import('./accounts.js')
    const outsider = await account(server, 'Olle')
    // Invited to the group but not yet signed in; and a member whose account was disabled.
    const invited = (await admin.api('POST', '/api/users', { email: 'ny@example.se', name: 'Ny Person' })).body.user
    expect((await admin.api('PUT', `/api/groups/${groupId}/members/${invited.id}`, { role: 'reader' })).status).toBe(
      200,
    )
    const gone = await account(server, 'Gun')
    expect((await admin.api('PUT', `/api/groups/${groupId}/members/${gone.id}`, { role: 'reader' })).status).toBe(200)
    expect((await admin.api('PATCH', `/api/users/${gone.id}`, { disabled: true })).status).toBe(200)

    const listed = await members.Kim!.api('GET', `/api/documents/${id}/signers`)
    expect(listed.status).toBe(200)
    expect((listed.body.signers as Array<{ name: string }>).map((s) => s.name)).toEqual(['Eva', 'Jan', 'Jon', 'Kim'])
    // Only those who may start a justering ask.
    expect((await members.Eva!.api('GET', `/api/documents/${id}/signers`)).status).toBe(403)

    for (const signer of [outsider.id, invited.id as string, gone.id, admin.id]) {
      const refused = await members.Kim!.api('POST', `/api/documents/${id}/justering`, {
        signers: [members.Jan!.id, signer],
        onBehalfOf: 'Länsgemensam ledning',
      })
      expect(refused.status, signer).toBe(400)
    }
    expect((await members.Kim!.api('GET', `/api/documents/${id}`)).body.status).toBe('draft')
    expect((await members.Kim!.api('GET', `/api/documents/${id}/justering`)).body.justering).toBeNull()
  })
})

describe('offline edits across an approval', () => {
  it('come back as a proposal, neither lost nor applied, and a coordinator can carry them into the next revision', async () => {
    const { id, members, connect } = await setUp()
    const online = await connect('Eva')
    // A tablet that synced, then went offline and kept writing.
    const tablet = new Y.Doc()
    Y.applyUpdate(tablet, Y.encodeStateAsUpdate(online.doc))
    write(tablet, 'skrivet på tåget')
    online.close()
    expect((await members.Kim!.api('POST', `/api/documents/${id}/approve`, { onBehalfOf: 'LGL' })).status).toBe(201)

    // Back online: the relay refuses its edits and sends its state vector.
    const token = (await members.Eva!.api('GET', `/api/documents/${id}/token`)).body.token as string
    const back = tokenClient(server.syncUrl, id, token)
    cleanups.push(back.close)
    let relayState: Uint8Array | null = null
    back.provider.messageHandlers[MessageType.notice] = (_e: unknown, decoder: decoding.Decoder) => {
      relayState = readNoticeMessage(decoder).stateVector
    }
    Y.applyUpdate(back.doc, Y.encodeStateAsUpdate(tablet))
    await waitFor(() => relayState !== null, 'told the lock')
    const proposalUpdate = Y.encodeStateAsUpdate(back.doc, relayState!)
    const created = await members.Eva!.api('POST', `/api/documents/${id}/proposals`, {
      baseRevision: 1,
      update: Buffer.from(proposalUpdate).toString('base64'),
      summary: 'Ändringar gjorda offline',
    })
    expect(created.status).toBe(201)
    expect(created.body.preview).toContain('skrivet på tåget')
    const version = await server.storage.approvals.getVersion(id, 1)
    expect(version!.bodyJson).not.toContain('skrivet på tåget')

    expect((await members.Kim!.api('POST', `/api/documents/${id}/proposals/${created.body.id}/apply`)).status).toBe(409)
    await members.Kim!.api('POST', `/api/documents/${id}/revisions`)
    expect((await members.Kim!.api('POST', `/api/documents/${id}/proposals/${created.body.id}/apply`)).status).toBe(200)
    const body = await server.server.relay.read(
      { documentId: id as never, kind: 'content' },
      async (d): Promise<JSONContent> => (await documentContent(d)).body,
    )
    expect(JSON.stringify(body)).toContain('skrivet på tåget')
    expect((await members.Eva!.api('GET', `/api/documents/${id}/proposals`)).body.proposals[0].status).toBe('applied')
  })
})

describe('linking an approval to its decision', () => {
  it('accepts a decision that exists in a protocol, and refuses one that does not', async () => {
    const { id, members, groupId } = await setUp()
    const protocol = (
      await members.Eva!.api('POST', '/api/documents', { title: 'Protokoll', type: 'protocol', groupId })
    ).body.id as string
    const decisionId = await server.server.relay.read({ documentId: protocol as never, kind: 'content' }, (doc) => {
      return JSON.stringify(fragmentToJson(getBody(doc))).match(/"decision","attrs":\{[^}]*"id":"([^"]+)"/)?.[1] ?? ''
    })
    expect(decisionId).not.toBe('')
    const wrong = await members.Kim!.api('POST', `/api/documents/${id}/approve`, {
      onBehalfOf: 'LGL',
      decision: { documentId: protocol, decisionId: 'nope' },
    })
    expect(wrong.status).toBe(400)
    const right = await members.Kim!.api('POST', `/api/documents/${id}/approve`, {
      onBehalfOf: 'LGL',
      decision: { documentId: protocol, decisionId },
    })
    expect(right.status).toBe(201)
    expect(right.body.decision).toEqual({ documentId: protocol, decisionId })
  })
})
