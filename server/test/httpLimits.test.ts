import { getBody } from '@samskriv/shared'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { team } from './accounts.js'
import { startLoggedServer, type LoggedServer } from './attackHarness.js'
import { storedBytes } from './relayClient.js'
import { waitFor } from './waitFor.js'

let server: LoggedServer
afterEach(async () => {
  await server.close()
})

type Options = Parameters<typeof startLoggedServer>[0]

/** A server with accounts and an editor's action plan. */
async function setUp(options: Options = {}) {
  server = await startLoggedServer(options)
  const t = await team(server, { Eva: 'editor', Ola: 'editor', Kim: 'coordinator', Jan: 'reader' })
  const create = (title: string) =>
    t.members.Eva!.api('POST', '/api/documents', { title, type: 'actionPlan', groupId: t.groupId })
  const id = (await create('Handlingsplan')).body.id as string
  const limitLines = (limit: string) => server.logs.filter((l) => l.includes(`"limit":"${limit}"`)).length
  return { ...t, id, create, limitLines }
}

/** An edit of the document as a device would send it, as base64. */
async function edit(id: string, text: string): Promise<string> {
  const state = await server.server.relay.read({ documentId: id as never, kind: 'content' }, (doc) =>
    Y.encodeStateAsUpdate(doc),
  )
  const doc = new Y.Doc()
  Y.applyUpdate(doc, state)
  const before = Y.encodeStateVector(doc)
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  getBody(doc).insert(0, [paragraph])
  return Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64')
}

describe('proposal limits', () => {
  it('refuses a proposal over its size (413 proposal_too_large) and stores nothing', async () => {
    const { members, id, limitLines } = await setUp({ httpLimits: { maxProposalBytes: 1024 } })
    const big = await members.Eva!.api('POST', `/api/documents/${id}/proposals`, {
      baseRevision: 1,
      update: await edit(id, 'x'.repeat(2000)),
    })
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'proposal_too_large' } } })
    expect((await members.Eva!.api('GET', `/api/documents/${id}/proposals`)).body.proposals).toEqual([])
    expect(limitLines('proposalTooLarge')).toBe(1)
    const small = await members.Eva!.api('POST', `/api/documents/${id}/proposals`, {
      baseRevision: 1,
      update: await edit(id, 'liten'),
    })
    expect(small.status).toBe(201)
  })

  it('takes a proposal sent as the update itself, as the app sends it, within the same limit', async () => {
    const { members, id } = await setUp({ httpLimits: { maxProposalBytes: 1024 } })
    const send = async (text: string) => {
      const response = await fetch(`${server.httpUrl}/api/documents/${id}/proposals?baseRevision=1&summary=Offline`, {
        method: 'POST',
        headers: { cookie: members.Eva!.cookie, 'content-type': 'application/octet-stream' },
        body: Buffer.from(await edit(id, text), 'base64'),
      })
      return {
        status: response.status,
        body: (await response.json()) as { error?: { code: string }; summary?: string },
      }
    }
    expect(await send('liten')).toMatchObject({ status: 201, body: { summary: 'Offline' } })
    expect(await send('x'.repeat(2000))).toMatchObject({ status: 413, body: { error: { code: 'proposal_too_large' } } })
    expect((await members.Eva!.api('GET', `/api/documents/${id}/proposals`)).body.proposals).toHaveLength(1)
  })

  it('refuses open proposals past a person’s and a document’s (429 too_many_proposals)', async () => {
    const { members, id, limitLines } = await setUp({
      httpLimits: { maxOpenProposalsPerPersonPerDocument: 2, maxOpenProposalsPerDocument: 3 },
    })
    const propose = async (who: 'Eva' | 'Ola', text: string) =>
      members[who]!.api('POST', `/api/documents/${id}/proposals`, { baseRevision: 1, update: await edit(id, text) })
    expect((await propose('Eva', 'ett')).status).toBe(201)
    const second = await propose('Eva', 'två')
    expect(second.status).toBe(201)
    expect(await propose('Eva', 'tre')).toMatchObject({ status: 429, body: { error: { code: 'too_many_proposals' } } })
    expect((await propose('Ola', 'fyra')).status).toBe(201)
    expect(await propose('Ola', 'fem')).toMatchObject({ status: 429, body: { error: { code: 'too_many_proposals' } } })
    expect((await members.Eva!.api('GET', `/api/documents/${id}/proposals`)).body.proposals).toHaveLength(3)
    expect(limitLines('tooManyProposals')).toBe(2)
    // A handled proposal makes room again.
    expect((await members.Kim!.api('POST', `/api/documents/${id}/proposals/${second.body.id}/dismiss`)).status).toBe(
      200,
    )
    expect((await propose('Eva', 'sex')).status).toBe(201)
  })

  it('checks a proposal in the worker and applies it through the relay’s check and limits', async () => {
    const { members, id } = await setUp({ limits: { maxPendingBytesPerDocument: 64 } })
    const garbage = await members.Eva!.api('POST', `/api/documents/${id}/proposals`, {
      baseRevision: 1,
      update: Buffer.from('garbagedoc', 'base64').toString('base64'),
    })
    expect(garbage).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } })

    // Edits that build on text the relay never received would only wait: over the limit, refused.
    const elsewhere = new Y.Doc()
    getBody(elsewhere).insert(0, [new Y.XmlText('x'.repeat(200))])
    const before = Y.encodeStateVector(elsewhere)
    ;(getBody(elsewhere).get(0) as Y.XmlText).insert(100, 'y'.repeat(200))
    const waiting = Buffer.from(Y.encodeStateAsUpdate(elsewhere, before)).toString('base64')
    const proposal = await members.Eva!.api('POST', `/api/documents/${id}/proposals`, {
      baseRevision: 1,
      update: waiting,
    })
    expect(proposal.status).toBe(201)
    const stored = storedBytes((await server.storage.updates.load(id)).updates)
    const applied = await members.Kim!.api('POST', `/api/documents/${id}/proposals/${proposal.body.id}/apply`)
    expect(applied).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } })
    expect(storedBytes((await server.storage.updates.load(id)).updates)).toBe(stored)
    expect((await members.Kim!.api('GET', `/api/documents/${id}/proposals`)).body.proposals[0].status).toBe('open')
  })
})

describe('documents per person', () => {
  it('refuses a person’s documents past the hour’s limit (429 too_many_documents); others still create', async () => {
    const { members, create, groupId, limitLines } = await setUp({ httpLimits: { documentsPerPersonPerHour: 3 } })
    // 201, or 200 when the document list registered the new document first.
    expect((await create('Två')).body.id).toEqual(expect.any(String))
    expect((await create('Tre')).body.id).toEqual(expect.any(String))
    const fourth = await create('Fyra')
    expect(fourth).toMatchObject({ status: 429, body: { error: { code: 'too_many_documents' } } })
    const listed = (await members.Eva!.api('GET', '/api/documents')).body as { documents: Array<{ title: string }> }
    const titles = listed.documents.map((d) => d.title)
    expect(titles).not.toContain('Fyra')
    expect(limitLines('tooManyDocuments')).toBe(1)
    const ola = await members.Ola!.api('POST', '/api/documents', { title: 'Olas', type: 'guidance', groupId })
    expect(ola.body.id).toEqual(expect.any(String))
    // Registering a document again (a device that created it offline) is not a new one.
    const again = await members.Eva!.api('POST', '/api/documents', {
      id: ola.body.id,
      title: 'Olas',
      type: 'guidance',
      groupId,
    })
    expect(again.status).toBe(200)
  })
})

describe('exports', () => {
  async function approved(options: Options = {}) {
    const t = await setUp(options)
    expect((await t.members.Kim!.api('POST', `/api/documents/${t.id}/approve`, { onBehalfOf: 'LGL' })).status).toBe(201)
    const download = (format: string) => t.members.Jan!.api('GET', `/api/documents/${t.id}/versions/1/export.${format}`)
    return { ...t, download }
  }

  it('renders each export once, stores it beside the version and serves it from there', async () => {
    const { id, download } = await approved()
    const [first, same] = await Promise.all([download('md'), download('md')])
    expect(first.status).toBe(200)
    expect(same.body).toBe(first.body)
    const stored = await server.storage.exports.get(id, 1, 'md')
    expect(new TextDecoder().decode(stored!.body)).toBe(first.body)
    expect((await download('md')).body).toBe(first.body)
    expect((await download('html')).status).toBe(200)
    expect(await server.storage.exports.get(id, 1, 'html')).not.toBeNull()
  })

  it('refuses an export that takes too long to render (422), and does not try it again', async () => {
    const { id, download, limitLines } = await approved({ httpLimits: { exportRenderMs: 1 } })
    const slow = await download('pdf')
    expect(slow).toMatchObject({ status: 422, body: { error: { code: 'export_too_large' } } })
    expect(slow.body.error.message).toMatch(/longer than 1 ms/)
    const started = Date.now()
    expect((await download('pdf')).body).toEqual(slow.body)
    expect(Date.now() - started).toBeLessThan(500)
    expect(await server.storage.exports.get(id, 1, 'pdf')).toBeNull()
    expect(limitLines('exportTooLarge')).toBe(2)
  })

  it('refuses an export larger than allowed (422)', async () => {
    const { id, download, limitLines } = await approved({ httpLimits: { maxExportBytes: 200 } })
    const large = await download('md')
    expect(large).toMatchObject({ status: 422, body: { error: { code: 'export_too_large' } } })
    expect(large.body.error.message).toMatch(/larger than 200 bytes/)
    expect(await server.storage.exports.get(id, 1, 'md')).toBeNull()
    expect(limitLines('exportTooLarge')).toBe(1)
  })

  it('refuses exports beyond those it may render at once (503 export_busy), and renders them later', async () => {
    const { download } = await approved({ httpLimits: { maxQueuedExports: 1 } })
    const answers = await Promise.all(['pdf', 'md', 'html'].map(download))
    expect(answers.map((a) => a.status).sort()).toEqual([200, 503, 503])
    expect(answers.find((a) => a.status === 503)!.body.error.code).toBe('export_busy')
    await waitFor(async () => (await download('html')).status === 200, 'the busy export rendered later')
  })
})
