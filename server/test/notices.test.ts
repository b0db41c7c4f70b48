import { NOTICE_TOPICS, serverNoticeSchema } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { InProcessHub } from '../src/relay/bus/InProcessBus.js'
import { MemoryStorage } from '../src/storage/MemoryStorage.js'
import { account } from './accounts.js'
import { teamWithPlan } from './teamFixture.js'
import { startTestServer, type TestServer } from './testServer.js'
import { waitFor } from './waitFor.js'

let fixture: Awaited<ReturnType<typeof teamWithPlan>> | null = null
const sockets: WebSocket[] = []
const others: TestServer[] = []
afterEach(async () => {
  for (const ws of sockets.splice(0)) ws.terminate()
  for (const other of others.splice(0)) await other.close()
  await fixture?.close()
  fixture = null
})

/** A notices connection with a session cookie (or none); its topics as they arrive, and how it ended. */
function listen(url: string, headers: Record<string, string>) {
  const ws = new WebSocket(url.replace('http', 'ws') + '/notices', { headers })
  sockets.push(ws)
  const topics: string[] = []
  const state = { open: false, closeCode: 0, refusedStatus: 0 }
  ws.on('open', () => (state.open = true))
  ws.on('message', (data: Buffer) => topics.push(...serverNoticeSchema.parse(JSON.parse(data.toString())).topics))
  ws.on('close', (code) => (state.closeCode = code))
  ws.on('unexpected-response', (_request, response) => (state.refusedStatus = response.statusCode ?? 0))
  ws.on('error', () => {})
  return { topics, state }
}

describe('notices to people’s apps', () => {
  it('tells the members of a document’s group what changed, nobody else; sign-out ends it', async () => {
    fixture = await teamWithPlan()
    const { server, plan, members } = fixture
    const outsider = await account(server, 'Utomstående')
    const reader = listen(server.httpUrl, { cookie: members.Rut!.cookie })
    const stranger = listen(server.httpUrl, { cookie: outsider.cookie })
    await waitFor(() => reader.state.open && stranger.state.open, 'connected')

    expect((await members.Eva!.api('PATCH', `/api/documents/${plan}`, { title: 'Handlingsplan Äldre' })).status).toBe(
      200,
    )
    await waitFor(() => reader.topics.includes(NOTICE_TOPICS.document(plan)), 'the reader told of the rename')
    expect(reader.topics).toContain(NOTICE_TOPICS.documents)
    expect(stranger.topics).toEqual([])

    expect((await members.Rut!.api('POST', '/api/auth/logout')).status).toBe(200)
    await waitFor(() => reader.state.closeCode === 4401, 'closed on sign-out')
  })

  it('refuses apps that are not signed in and pages of other sites', async () => {
    fixture = await teamWithPlan()
    const { server, members } = fixture
    const anonymous = listen(server.httpUrl, {})
    const foreign = listen(server.httpUrl, { cookie: members.Rut!.cookie, origin: 'https://evil.example' })
    await waitFor(() => anonymous.state.refusedStatus !== 0 && foreign.state.refusedStatus !== 0, 'refused')
    expect(anonymous.state.refusedStatus).toBe(401)
    expect(foreign.state.refusedStatus).toBe(403)
  })
})

describe('notices with several relay processes', () => {
  it('reach apps connected to another process, and a sign-out there ends them', async () => {
    // Two servers on one store joined by a bus: the deployment with Redis, in one test process.
    const storage = new MemoryStorage()
    const hub = new InProcessHub()
    const bus = () => Promise.resolve(hub.connect())
    fixture = await teamWithPlan({ storage: () => storage, bus })
    const { plan, members } = fixture
    const second = await startTestServer({ openMode: false, storage: () => storage, bus })
    others.push(second)
    const reader = listen(second.httpUrl, { cookie: members.Rut!.cookie })
    await waitFor(() => reader.state.open, 'connected to the second process')

    expect((await members.Eva!.api('PATCH', `/api/documents/${plan}`, { title: 'Handlingsplan Äldre' })).status).toBe(
      200,
    )
    await waitFor(() => reader.topics.includes(NOTICE_TOPICS.document(plan)), 'told on the other process')

    expect((await members.Rut!.api('POST', '/api/auth/logout')).status).toBe(200)
    await waitFor(() => reader.state.closeCode === 4401, 'closed on the other process on sign-out')
  })
})
