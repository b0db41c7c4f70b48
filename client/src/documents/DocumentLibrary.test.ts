import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import {
  applyTemplate,
  createDocumentId,
  createDocumentRequestSchema,
  getBody,
  readDocumentMeta,
  type DocumentSummary,
} from '@samskriv/shared'
import { ApiRequestError } from '../api/ApiRequestError'
import { DocumentsApi } from '../api/DocumentsApi'
import { LocalDatabase } from '../storage/LocalDatabase'
import { YDexiePersistence } from '../storage/YDexiePersistence'
import { DocumentLibrary } from './DocumentLibrary'

type Handler = (url: string, init: RequestInit | undefined) => Response | Promise<Response>

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  })
}

function summaryFor(request: Pick<DocumentSummary, 'id' | 'title' | 'type'>): DocumentSummary {
  const now = '2025-06-01T10:00:00.000Z'
  return {
    ...request,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    groupId: null,
    status: 'draft',
    revision: 1,
    approvedVersion: null,
  }
}

const databases: LocalDatabase[] = []

function bodyText(init: RequestInit | undefined): string {
  return typeof init?.body === 'string' ? init.body : ''
}

function setup() {
  const db = new LocalDatabase(`library-${createDocumentId()}`)
  databases.push(db)
  let handler: Handler = () => Promise.reject(new TypeError('Failed to fetch'))
  const fetchSpy = vi.fn(async (url: string, init?: RequestInit) => handler(url, init))
  const library = new DocumentLibrary(db, new DocumentsApi(fetchSpy))
  return { db, library, fetchSpy, serve: (next: Handler) => (handler = next) }
}

afterEach(() => {
  for (const db of databases.splice(0)) db.close()
})

describe('DocumentLibrary', () => {
  it('learns the group and status of a document opened by its link, keeping a pending title', async () => {
    const { db, library } = setup()
    const id = createDocumentId()
    await library.remember(id, { title: 'Handlingsplan', type: 'actionPlan' })
    expect((await db.documents.get(id))?.groupId).toBeUndefined()
    await db.documents.update(id, { pendingTitle: 'Ny titel' })
    await library.learn({
      ...summaryFor({ id, title: 'Handlingsplan', type: 'actionPlan' }),
      groupId: 'g1',
      status: 'approved',
      approvedVersion: 2,
    })
    expect(await db.documents.get(id)).toMatchObject({
      groupId: 'g1',
      status: 'approved',
      approvedVersion: 2,
      title: 'Ny titel',
    })
    // A document not on the device is not added by it.
    await library.learn(summaryFor({ id: createDocumentId(), title: 'Annat', type: 'protocol' }))
    expect(await db.documents.count()).toBe(1)
  })

  it('creates a document offline and registers it with its own id when the network returns', async () => {
    const { db, library, fetchSpy, serve } = setup()
    const id = await library.create({ title: '  Protokoll LGL 2025-05-30 ', type: 'protocol' })
    await expect(library.pushPending()).rejects.toBeInstanceOf(ApiRequestError)
    expect(await db.documents.get(id)).toMatchObject({
      title: 'Protokoll LGL 2025-05-30',
      pendingRegistration: true,
    })

    const doc = new Y.Doc()
    const persistence = new YDexiePersistence(db, id, doc, { isLocalChange: () => false })
    await persistence.whenLoaded
    persistence.destroy()
    expect(readDocumentMeta(doc)).toMatchObject({
      type: 'protocol',
      title: 'Protokoll LGL 2025-05-30',
    })
    // The same template the server writes when it registers the document, so both hold it once.
    const template = new Y.Doc()
    applyTemplate(template, id, 'protocol')
    expect(getBody(doc).length).toBeGreaterThan(0)
    expect(getBody(doc).toJSON()).toEqual(getBody(template).toJSON())
    applyTemplate(doc, id, 'protocol')
    expect(getBody(doc).toJSON()).toEqual(getBody(template).toJSON())

    serve((_url, init) => {
      const { id: sentId, title, type } = createDocumentRequestSchema.parse(JSON.parse(bodyText(init)))
      return sentId === undefined ? json(400, {}) : json(201, summaryFor({ id: sentId, title, type }))
    })
    fetchSpy.mockClear()
    await library.pushPending()
    expect(fetchSpy).toHaveBeenCalledTimes(1)
    const [url, init] = fetchSpy.mock.calls[0] ?? []
    expect(url).toBe('/api/documents')
    expect(JSON.parse(bodyText(init))).toEqual({
      id,
      title: 'Protokoll LGL 2025-05-30',
      type: 'protocol',
    })
    expect(await db.documents.get(id)).toMatchObject({
      pendingRegistration: false,
      createdAt: '2025-06-01T10:00:00.000Z',
    })
  })

  it('keeps a rename made while a push is in flight pending for the next push', async () => {
    const { db, library, serve } = setup()
    const listed = summaryFor({
      id: createDocumentId(),
      title: 'Handlingsplan',
      type: 'actionPlan',
    })
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const titles: string[] = []
    serve(async (_url, init) => {
      const { title } = JSON.parse(bodyText(init)) as { title: string }
      titles.push(title)
      if (titles.length === 1) await gate
      return json(200, { ...listed, title })
    })
    await library.rename(listed, 'Första')
    await vi.waitFor(() => expect(titles).toEqual(['Första']))
    await library.rename(listed, 'Andra')
    release()
    await library.pushPending()
    expect(titles).toEqual(['Första', 'Andra'])
    expect(await db.documents.get(listed.id)).toMatchObject({ title: 'Andra', pendingTitle: null })
  })

  it('drops a refused rename and records the refusal', async () => {
    const { db, library, serve } = setup()
    const listed = summaryFor({ id: createDocumentId(), title: 'Anvisning', type: 'guidance' })
    serve(() => json(404, { error: { code: 'not_found', message: 'No such document' } }))
    await library.rename(listed, 'Nytt namn')
    await library.pushPending()
    // The API's code, which the list describes in Swedish; never the server's English message.
    expect(await db.documents.get(listed.id)).toMatchObject({
      pendingTitle: null,
      syncError: 'not_found',
    })
  })

  it.each([
    ['a timeout (408)', () => json(408, { error: { code: 'timeout', message: 'Request timeout' } })],
    ['too many requests (429)', () => json(429, { error: { code: 'rate_limited', message: 'Slow down' } })],
    ['a server error (503)', () => json(503, { error: { code: 'storage_unavailable', message: 'Try again' } })],
    ['an answer that is not the API’s', () => new Response('<h1>Not Found</h1>', { status: 404 })],
    ['an answer that does not parse', () => new Response('{"id":', { status: 200 })],
  ])('keeps a rename and a trash move pending after %s', async (_name, answer) => {
    const { db, library, serve } = setup()
    const listed = summaryFor({ id: createDocumentId(), title: 'Anvisning', type: 'guidance' })
    serve(answer)
    await library.rename(listed, 'Nytt namn')
    await expect(library.pushPending()).rejects.toMatchObject({ retryable: true })
    await library.trash(listed)
    await expect(library.pushPending()).rejects.toMatchObject({ retryable: true })
    expect(await db.documents.get(listed.id)).toMatchObject({
      pendingTitle: 'Nytt namn',
      pendingTrash: 'trash',
      syncError: null,
    })
  })

  it('does not trash a document, nor undo its rename, with a list fetched before their confirmation', async () => {
    const { db, library, serve } = setup()
    const created = await library.create({ title: 'Skapad offline', type: 'protocol' })
    const known = summaryFor({ id: createDocumentId(), title: 'Gammalt namn', type: 'guidance' })
    await library.rename(known, 'Nytt namn')
    await expect(library.pushPending()).rejects.toBeInstanceOf(ApiRequestError)

    // The server answers the list as it stood before the registration and the rename…
    let answerList = () => {}
    const listAnswered = new Promise<void>((resolve) => (answerList = resolve))
    serve(async (url, init) => {
      if ((init?.method ?? 'GET') === 'GET') {
        const stale = [known]
        await listAnswered
        return json(200, { documents: stale })
      }
      if (url.endsWith('/documents')) {
        const { id, title, type } = createDocumentRequestSchema.parse(JSON.parse(bodyText(init)))
        return json(201, summaryFor({ id: id ?? created, title, type }))
      }
      const { title } = JSON.parse(bodyText(init)) as { title: string }
      return json(200, { ...known, title, updatedAt: '2025-06-01T11:00:00.000Z' })
    })
    const refreshed = library.refresh('live')
    // …but its answer arrives only after both were confirmed.
    await library.pushPending()
    answerList()
    await refreshed

    expect(await db.documents.get(created)).toMatchObject({ pendingRegistration: false, deletedAt: null })
    expect(await db.documents.get(known.id)).toMatchObject({ title: 'Nytt namn', pendingTitle: null })
  })

  it('moves to the trash locally at once and confirms with the server', async () => {
    const { db, library, fetchSpy, serve } = setup()
    const listed = summaryFor({ id: createDocumentId(), title: 'Gammalt', type: 'protocol' })
    await library.trash(listed)
    expect((await db.documents.get(listed.id))?.deletedAt).not.toBeNull()
    serve(() => json(200, { ...listed, deletedAt: '2025-06-02T10:00:00.000Z' }))
    await library.pushPending()
    expect(fetchSpy.mock.calls.at(-1)?.[1]?.method).toBe('DELETE')
    expect(await db.documents.get(listed.id)).toMatchObject({
      pendingTrash: null,
      deletedAt: '2025-06-02T10:00:00.000Z',
    })
  })
})
