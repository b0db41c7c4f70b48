import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  initializeDocumentMeta,
  CLIENT_PARAMS,
  CloseCode,
  getBody,
  getMetaMap,
  META_KEYS,
  SCHEMA_VERSION,
  type ActivityListResponse,
  type DecisionListResponse,
} from '@samskriv/shared'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { startChildServer, type ChildServer } from './childServer.js'
import { connectClient, type SyncClient } from './syncClient.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'

let server: TestServer | null = null
const clients: SyncClient[] = []
const children: ChildServer[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.close()
  for (const child of children.splice(0)) child.process.kill('SIGKILL')
  await server?.close()
  server = null
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

async function post(baseUrl: string, body: unknown): Promise<{ id: string }> {
  const response = await fetch(`${baseUrl}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(response.status).toBe(201)
  return (await response.json()) as { id: string }
}
const getJson = async <T>(url: string) => (await (await fetch(url)).json()) as T

/** Every element of a type in a document's body, in document order. */
function elements(doc: Y.Doc, name: string): Y.XmlElement[] {
  const found: Y.XmlElement[] = []
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) {
        if (child.nodeName === name) found.push(child)
        walk(child)
      }
    }
  }
  walk(getBody(doc))
  return found
}

async function open(syncUrl: string, id: string): Promise<SyncClient> {
  const client = connectClient(syncUrl, id)
  clients.push(client)
  await waitFor(
    () =>
      client.provider.synced &&
      elements(client.doc, 'agendaItem').length + elements(client.doc, 'groupPlan').length > 0,
    'template synced',
  )
  return client
}

describe('registers', () => {
  it('lists decisions and activities as documents change, with each decision’s follow-up', async () => {
    server = await startTestServer()
    const { httpUrl, syncUrl } = server
    const protocol = await post(httpUrl, { title: 'Protokoll LGL 2026-11-20', type: 'protocol' })
    const plan = await post(httpUrl, { title: 'Handlingsplan Äldre 2026–2027', type: 'actionPlan' })

    const minutes = await open(syncUrl, protocol.id)
    const header = elements(minutes.doc, 'meetingHeader')[0]!
    header.setAttribute('decidingBody', 'Länsgemensam ledning')
    header.setAttribute('date', '2026-11-20')
    const [fileMinutes, other] = elements(minutes.doc, 'decision')
    other!.setAttribute('kind', 'setIndicator')
    const text = (other!.toArray()[1] as Y.XmlElement).toArray()[0] as Y.XmlText | undefined
    if (text) text.insert(0, 'Länsgemensam ledning beslutar att fastställa indikatorn.')
    else
      (other!.toArray()[1] as Y.XmlElement).insert(0, [
        new Y.XmlText('Länsgemensam ledning beslutar att fastställa indikatorn.'),
      ])
    await minutes.flush()

    const actions = await open(syncUrl, plan.id)
    elements(actions.doc, 'groupPlan')[0]!.setAttribute('group', 'Samordnande grupp Äldre')
    const [first] = elements(actions.doc, 'activity')
    first!.setAttribute('decisionId', other!.getAttribute('id') as string)
    first!.setAttribute('status', 'ongoing')
    first!.setAttribute('responsible', 'Utvecklingsledare Äldre')
    await actions.flush()

    let found: DecisionListResponse | null = null
    await waitFor(async () => {
      found = await getJson<DecisionListResponse>(`${httpUrl}/api/decisions?kind=setIndicator`)
      return found.total === 1 && found.decisions[0]!.activities.length === 1
    }, 'register updated')
    const row = found!.decisions[0]!
    expect(row).toMatchObject({
      documentId: protocol.id,
      documentTitle: 'Protokoll LGL 2026-11-20',
      decidingBody: 'Länsgemensam ledning',
      date: '2026-11-20',
      title: 'Beslutspunkter',
      agendaItemNumber: 7,
      text: 'Länsgemensam ledning beslutar att fastställa indikatorn.',
    })
    expect(row.activities).toEqual([
      expect.objectContaining({ documentId: plan.id, status: 'ongoing', responsible: 'Utvecklingsledare Äldre' }),
    ])

    const all = await getJson<DecisionListResponse>(`${httpUrl}/api/decisions?body=L%C3%84NSGEMENSAM%20ledning`)
    expect(all.decisions.map((d) => d.id).sort()).toEqual(
      [fileMinutes!.getAttribute('id'), other!.getAttribute('id')].sort(),
    )
    const ongoing = await getJson<ActivityListResponse>(
      `${httpUrl}/api/activities?status=ongoing&group=samordnande%20grupp%20%C3%A4ldre`,
    )
    expect(ongoing.activities.map((a) => a.id)).toEqual([first!.getAttribute('id')])

    // Moving the plan to the trash takes its activities out of the registers.
    await fetch(`${httpUrl}/api/documents/${plan.id}`, { method: 'DELETE' })
    expect((await getJson<ActivityListResponse>(`${httpUrl}/api/activities`)).total).toBe(0)
  })

  it.each(['kind=abolish', 'from=20-11-2026', 'limit=0', 'limit=1000', 'color=red', 'status=paused'])(
    'answers a bad query (%s) with 400',
    async (query) => {
      server = await startTestServer()
      const endpoint = query.startsWith('status') ? 'activities' : 'decisions'
      const response = await fetch(`${server.httpUrl}/api/${endpoint}?${query}`)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ error: { code: 'invalid_request' } })
    },
  )

  it('catches up after the relay was killed before it updated the registers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samskriv-catchup-'))
    dirs.push(dir)
    let child = await startChildServer(dir)
    children.push(child)
    const protocol = await post(child.httpUrl, { title: 'Protokoll', type: 'protocol' })
    const client = await open(child.syncUrl, protocol.id)
    // The template's empty decision, written in: a kind and a title (an empty one is no register entry).
    const written = elements(client.doc, 'decision')[1]!
    client.doc.transact(() => {
      written.setAttribute('kind', 'funding')
      const title = written.get(0) as Y.XmlElement
      title.insert(0, [new Y.XmlText('Medel till länsgemensam utbildning')])
    })
    await client.flush()
    child.process.kill('SIGKILL')
    await child.exited
    client.close()

    child = await startChildServer(dir)
    children.push(child)
    const url = `${child.httpUrl}/api/decisions?kind=funding`
    await waitFor(async () => (await getJson<DecisionListResponse>(url)).total === 1, 'registers caught up')
  })
})

describe('schema versions', () => {
  function provider(syncUrl: string, room: string, schema: number | null) {
    const doc = new Y.Doc()
    const closes: number[] = []
    const p = new WebsocketProvider(syncUrl, room, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: schema === null ? {} : { [CLIENT_PARAMS.schemaVersion]: String(schema) },
    })
    p.on('connection-close', (event: { code: number } | null) => {
      if (event) closes.push(event.code)
    })
    return { doc, provider: p, closes, close: () => (p.destroy(), doc.destroy()) }
  }

  it('refuses a client older than the document, and one that stays connected when a newer client migrates', async () => {
    server = await startTestServer()
    const { id } = await post(server.httpUrl, { title: 'Protokoll', type: 'protocol' })
    for (const schema of [SCHEMA_VERSION - 1, null]) {
      // A client that declares no schema is taken to be of the first one, and refused too.
      const old = provider(server.syncUrl, id, schema)
      await waitFor(() => old.closes.includes(CloseCode.clientTooOld), `client of schema ${schema} refused`)
      expect(elements(old.doc, 'agendaItem')).toEqual([])
      old.close()
    }

    // A document an older client created (open mode: a device may create a document by sync).
    const room = 'written-by-an-older-client'
    const older = provider(server.syncUrl, room, SCHEMA_VERSION - 1)
    await waitFor(() => older.provider.synced, 'older client syncs')
    older.doc.transact(() => {
      initializeDocumentMeta(older.doc, { type: 'guidance', title: 'Äldre' })
      getMetaMap(older.doc).set(META_KEYS.schemaVersion, SCHEMA_VERSION - 1)
    })
    const current = provider(server.syncUrl, room, SCHEMA_VERSION)
    await waitFor(() => getMetaMap(current.doc).get(META_KEYS.schemaVersion) === SCHEMA_VERSION - 1, 'current sees it')
    getMetaMap(current.doc).set(META_KEYS.schemaVersion, SCHEMA_VERSION)
    await waitFor(() => older.closes.includes(CloseCode.clientTooOld), 'outdated client closed on migration')
    for (const c of [current, older]) c.close()
  })

  it('never lets a client raise the schema version past its own and the server’s (which would lock everyone out)', async () => {
    server = await startTestServer()
    const { id } = await post(server.httpUrl, { title: 'Protokoll', type: 'protocol' })
    const current = provider(server.syncUrl, id, SCHEMA_VERSION)
    await waitFor(() => current.provider.synced, 'current client syncs')
    const claimsNewer = provider(server.syncUrl, id, SCHEMA_VERSION + 50)
    await waitFor(() => claimsNewer.provider.synced, 'a client that claims a newer schema syncs')
    const before = (await server.storage.updates.load(id)).updates.length
    let denied = false
    claimsNewer.provider.ws?.addEventListener('message', (event: MessageEvent) => {
      // y-protocols' permission-denied (message type 2).
      if (new Uint8Array(event.data as ArrayBuffer)[0] === 2) denied = true
    })
    getMetaMap(claimsNewer.doc).set(META_KEYS.schemaVersion, SCHEMA_VERSION + 50)
    await waitFor(() => denied, 'the change is refused')
    const fresh = provider(server.syncUrl, id, SCHEMA_VERSION)
    await waitFor(() => fresh.provider.synced, 'a current client still joins')
    expect(current.closes).toEqual([])
    expect(fresh.closes).toEqual([])
    expect(getMetaMap(fresh.doc).get(META_KEYS.schemaVersion)).toBe(SCHEMA_VERSION)
    expect((await server.storage.updates.load(id)).updates.length).toBe(before)
    for (const c of [current, claimsNewer, fresh]) c.close()
  })

  it('serves stock clients that declare nothing in rooms that are not versioned documents', async () => {
    server = await startTestServer()
    const stock = provider(server.syncUrl, 'plain-room', null)
    await waitFor(() => stock.provider.synced, 'stock client syncs')
    expect(stock.closes).toEqual([])
    stock.close()
  })
})
