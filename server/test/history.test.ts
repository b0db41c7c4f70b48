import { getBody, NOTICE_TOPICS, serverNoticeSchema, type SnapshotDetail, type SnapshotSummary } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { account, call, type SignedIn } from './accounts.js'
import { teamWithPlan } from './teamFixture.js'
import { waitFor } from './waitFor.js'

const QUIET_MS = 150

let fixture: Awaited<ReturnType<typeof teamWithPlan>> | null = null
const sockets: WebSocket[] = []
afterEach(async () => {
  for (const ws of sockets.splice(0)) ws.terminate()
  await fixture?.close()
  fixture = null
})

function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  getBody(doc).push([paragraph])
}

async function snapshots(who: SignedIn, id: string) {
  const answer = await who.api('GET', `/api/documents/${id}/history`)
  expect(answer.status).toBe(200)
  return answer.body.snapshots as SnapshotSummary[]
}

describe('the history of a draft', () => {
  it('takes a snapshot after a burst of edits through the relay, with its author, and none without a change', async () => {
    fixture = await teamWithPlan({ historyQuietMs: QUIET_MS })
    const { plan, members, connect, server } = fixture
    // A reader's app is told when a snapshot is taken (its history list is fetched again).
    const notices = new WebSocket(server.httpUrl.replace('http', 'ws') + '/notices', {
      headers: { cookie: members.Rut!.cookie },
    })
    sockets.push(notices)
    const topics: string[] = []
    notices.on('message', (data: Buffer) =>
      topics.push(...serverNoticeSchema.parse(JSON.parse(data.toString())).topics),
    )
    await new Promise((resolve) => notices.once('open', resolve))
    const eva = await connect('Eva')
    await waitFor(() => eva.provider.synced, 'synced')
    appendParagraph(eva.doc, 'Första stycket')
    appendParagraph(eva.doc, 'Andra stycket')
    const rut = members.Rut!
    await waitFor(
      async () => (await snapshots(rut, plan)).some((s) => s.authors.some((a) => a.name === 'Eva')),
      'a snapshot by Eva',
    )
    const listed = await snapshots(rut, plan)
    await waitFor(() => topics.includes(NOTICE_TOPICS.history(plan)), 'the reader told of the snapshot')
    const byEva = listed.find((s) => s.authors.some((a) => a.name === 'Eva'))!
    expect(byEva).toMatchObject({ revision: 1, authors: [{ id: members.Eva!.id, name: 'Eva' }] })
    expect(byEva.characters).toBeGreaterThan('Första styckeAndra stycket'.length)

    const detail = await rut.api('GET', `/api/documents/${plan}/history/${byEva.id}`)
    expect(detail.status).toBe(200)
    const snapshot = detail.body.snapshot as SnapshotDetail
    expect(snapshot).toMatchObject({ id: byEva.id, title: 'Handlingsplan', type: 'actionPlan' })
    expect(JSON.stringify(snapshot.body)).toContain('Andra stycket')

    // An edit that changes nothing of the content (the same attribute value again) takes none.
    const first = getBody(eva.doc)
      .toArray()
      .find((n) => n instanceof Y.XmlElement && n.nodeName === 'paragraph')
    ;(first as Y.XmlElement).setAttribute('textAlign', (first as Y.XmlElement).getAttribute('textAlign') ?? 'left')
    const count = listed.length
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS * 6))
    const after = await snapshots(rut, plan)
    expect(after.length).toBe(count)

    // A real change takes another, newest first.
    appendParagraph(eva.doc, 'Tredje stycket')
    await waitFor(async () => (await snapshots(rut, plan)).length === count + 1, 'a second snapshot')
    expect((await snapshots(rut, plan))[1]!.id).toBe(byEva.id)
  })

  it('is refused to outsiders: another group’s member, a wrong session, no session', async () => {
    fixture = await teamWithPlan({ historyQuietMs: QUIET_MS })
    const { plan, admin, connect, server } = fixture
    const eva = await connect('Eva')
    await waitFor(() => eva.provider.synced, 'synced')
    appendParagraph(eva.doc, 'Hemligt stycke')
    await waitFor(async () => (await server.storage.snapshots.list(plan, 1)).length > 0, 'a snapshot')
    const [snapshot] = await server.storage.snapshots.list(plan, 1)
    const paths = [`/api/documents/${plan}/history`, `/api/documents/${plan}/history/${snapshot!.id}`]

    const other = (await admin.api('POST', '/api/groups', { name: 'Annan grupp', kind: 'other' })).body as {
      id: string
    }
    const olle = await account(server, 'Olle')
    expect((await admin.api('PUT', `/api/groups/${other.id}/members/${olle.id}`, { role: 'coordinator' })).status).toBe(
      200,
    )
    for (const path of paths) {
      const outsider = await olle.api('GET', path)
      expect(outsider.status).toBe(403)
      expect(JSON.stringify(outsider.body)).not.toContain('Hemligt')
      expect((await call(server, 'GET', path)).status).toBe(401)
      expect((await call(server, 'GET', path, undefined, { cookie: 'samskriv_session=forged' })).status).toBe(401)
    }
    // A snapshot is reached only through its own document.
    const own = await olle.api('POST', '/api/documents', { title: 'Eget', type: 'guidance', groupId: other.id })
    const crossed = await olle.api('GET', `/api/documents/${own.body.id as string}/history/${snapshot!.id}`)
    expect(crossed.status).toBe(404)
    const malformed = await fixture.members.Rut!.api('GET', `/api/documents/${plan}/history/..%2F..`)
    expect(malformed.status).toBe(400)
  })

  it('takes none once the draft is approved; a new revision starts its own history', async () => {
    fixture = await teamWithPlan({ historyQuietMs: QUIET_MS })
    const { plan, members, connect, server } = fixture
    const eva = await connect('Eva')
    await waitFor(() => eva.provider.synced, 'synced')
    appendParagraph(eva.doc, 'Före godkännandet')
    await waitFor(
      async () => (await snapshots(members.Rut!, plan)).some((s) => s.authors.some((a) => a.name === 'Eva')),
      'a snapshot by Eva',
    )
    await waitFor(async () => (await server.storage.updates.load(plan)).updates.length > 0, 'stored')
    const approved = await members.Kim!.api('POST', `/api/documents/${plan}/approve`, {
      onBehalfOf: 'Länsgemensam ledning',
    })
    expect(approved.status).toBe(201)
    const before = await server.storage.snapshots.latest(plan)
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS * 4))
    expect(await server.storage.snapshots.latest(plan)).toEqual(before)

    expect((await members.Kim!.api('POST', `/api/documents/${plan}/revisions`, {})).status).toBe(201)
    expect(await snapshots(members.Rut!, plan)).toEqual([])
  })
})
