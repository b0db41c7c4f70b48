import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createDocumentId, type DocumentId, type DocumentSummary } from '@samskriv/shared'
import { DocumentsApi } from '../api/DocumentsApi'
import { DocumentLibrary } from '../documents/DocumentLibrary'
import { LocalDatabase } from '../storage/LocalDatabase'
import { YDexiePersistence } from '../storage/YDexiePersistence'
import { BackgroundSync } from './BackgroundSync'
import { DocumentSession } from './DocumentSession'
import { FakeRelay, FakeWebSocket } from './fakeRelay.test-fixture'
import type { StoredChangesSync } from './syncUntilSettled'

// Browsers have it; happy-dom does not.
globalThis.reportError ??= (error: unknown) => console.error(error)

type Handler = (url: string, init: RequestInit | undefined) => Response | Promise<Response>

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  FakeWebSocket.created = []
  FakeWebSocket.onCreate = () => {}
})

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
const unreachable: Handler = () => Promise.reject(new TypeError('Failed to fetch'))
const listed: DocumentSummary = {
  id: createDocumentId(),
  title: 'Handlingsplan Äldre',
  type: 'actionPlan',
  createdAt: '2025-06-01T10:00:00.000Z',
  updatedAt: '2025-06-01T10:00:00.000Z',
  deletedAt: null,
  groupId: null,
  status: 'draft',
  revision: 1,
  approvedVersion: null,
}

function setup(options: { retryDelayMs?: number; syncDocument?: (id: DocumentId) => Promise<StoredChangesSync> }) {
  const db = new LocalDatabase(`background-${createDocumentId()}`)
  let handler = unreachable
  const fetchSpy = vi.fn((url: string, init?: RequestInit) => Promise.resolve(handler(url, init)))
  const library = new DocumentLibrary(db, new DocumentsApi(fetchSpy))
  const syncDocument = vi.fn(options.syncDocument ?? (() => Promise.resolve<StoredChangesSync>('synced')))
  const delay = options.retryDelayMs ?? 10
  const sync = new BackgroundSync(db, library, { syncDocument, retryDelayMs: () => delay })
  cleanups.push(
    () => db.close(),
    () => sync.stop(),
  )
  const answerRenames = () =>
    (handler = (_url, init) =>
      json(200, { ...listed, ...(JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as object) }))
  return { db, library, sync, fetchSpy, syncDocument, answerRenames }
}

/** Stores a local edit the relay has not acknowledged, as a session that closed offline leaves it. */
async function storeUnsyncedEdit(db: LocalDatabase, documentId: DocumentId): Promise<void> {
  const doc = new Y.Doc()
  const persistence = new YDexiePersistence(db, documentId, doc, { isLocalChange: () => true })
  await persistence.whenLoaded
  doc.getText('notes').insert(0, 'offline')
  await persistence.flush()
  persistence.destroy()
}

describe('BackgroundSync', () => {
  it('keeps retrying a pending rename while the server is down, and delivers it once it answers', async () => {
    const { db, library, sync, fetchSpy, answerRenames } = setup({})
    await library.rename(listed, 'Handlingsplan Äldre 2026')
    sync.start()
    // The browser stays "online" throughout: no `online` event, no reload.
    await vi.waitFor(() => expect(fetchSpy.mock.calls.length).toBeGreaterThanOrEqual(3))
    expect((await db.documents.get(listed.id))?.pendingTitle).toBe('Handlingsplan Äldre 2026')

    answerRenames()
    await vi.waitFor(async () => expect((await db.documents.get(listed.id))?.pendingTitle).toBeNull())
  })

  it('retries at once when the tab comes back into view or an open document syncs again', async () => {
    const { db, library, sync, fetchSpy, answerRenames } = setup({ retryDelayMs: 60_000 })
    sync.start()
    await library.rename(listed, 'Första namnet')
    await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalled())
    answerRenames()
    document.dispatchEvent(new Event('visibilitychange'))
    await vi.waitFor(async () => expect((await db.documents.get(listed.id))?.pendingTitle).toBeNull())

    const calls = fetchSpy.mock.calls.length
    await library.rename(listed, 'Andra namnet')
    await vi.waitFor(() => expect(fetchSpy.mock.calls.length).toBeGreaterThan(calls))
    await vi.waitFor(async () => expect((await db.documents.get(listed.id))?.pendingTitle).toBeNull())
    // The server went away and came back: an open document's reconnection says so first.
    const relay = new FakeRelay()
    const session = new DocumentSession(db, createDocumentId(), {
      serverUrl: 'ws://relay.test/sync',
      WebSocketPolyfill: FakeWebSocket as unknown as typeof WebSocket,
    })
    cleanups.push(() => session.destroy())
    await session.start()
    const pushesBefore = fetchSpy.mock.calls.length
    await db.documents.update(listed.id, { pendingTitle: 'Tredje namnet' })
    relay.attach(FakeWebSocket.created.at(-1)!)
    await vi.waitFor(() => expect(fetchSpy.mock.calls.length).toBeGreaterThan(pushesBefore))
    await vi.waitFor(async () => expect((await db.documents.get(listed.id))?.title).toBe('Tredje namnet'))
  })

  it('syncs a document as soon as it is left with changes the relay has not acknowledged', async () => {
    const [left, other] = ['doc-a', 'doc-b'] as DocumentId[]
    const { db, sync, syncDocument } = setup({
      retryDelayMs: 60_000,
      syncDocument: async (id) => {
        await db.syncStates.update(id, { pendingWriters: {} })
        return 'synced'
      },
    })
    const session = new DocumentSession(db, left!, {
      serverUrl: 'ws://relay.test/sync',
      WebSocketPolyfill: FakeWebSocket as unknown as typeof WebSocket,
    })
    await session.start()
    session.doc.getText('notes').insert(0, 'sista ordet')
    await session.flush()
    await storeUnsyncedEdit(db, other!)
    sync.start()
    // The run passes the open document by (its session syncs it) on its way to the other one.
    await vi.waitFor(() => expect(syncDocument.mock.calls).toEqual([[other]]))

    // Left before the relay acknowledged (it never answered here): no waiting for a reload.
    session.doc.getText('notes').insert(0, 'allra ')
    session.destroy()
    await vi.waitFor(() => expect(syncDocument.mock.calls).toEqual([[other], [left]]))
  })

  it('retries a document the relay could not be reached for, but not one it refused', async () => {
    const [a, b, c] = ['doc-a', 'doc-b', 'doc-c'] as DocumentId[]
    const results: StoredChangesSync[] = ['unreachable']
    const { db, sync, syncDocument } = setup({
      syncDocument: async (id) => {
        const result = results.shift() ?? (id === b ? 'refused' : 'synced')
        if (result === 'synced') await db.syncStates.update(id, { pendingWriters: {} })
        return result
      },
    })
    await storeUnsyncedEdit(db, a!)
    await storeUnsyncedEdit(db, b!)
    sync.start()
    await vi.waitFor(() => expect(syncDocument.mock.calls.map(([id]) => id)).toEqual([a, a, b]))

    // Another document to sync, after the refused one: a run passes b by on its way to c.
    await storeUnsyncedEdit(db, c!)
    window.dispatchEvent(new Event('focus'))
    await vi.waitFor(() => expect(syncDocument.mock.calls.map(([id]) => id)).toEqual([a, a, b, c]))
  })
})
