import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createDocumentId, type DocumentId, type DocumentSummary } from '@samskriv/shared'
import { DocumentsApi } from '../api/DocumentsApi'
import { LocalDatabase } from '../storage/LocalDatabase'
import { SettingsStore } from '../storage/SettingsStore'
import { YDexiePersistence } from '../storage/YDexiePersistence'
import { DocumentLibrary } from './DocumentLibrary'

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

const summary = (id: DocumentId, title: string, patch: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id,
  title,
  type: 'protocol',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
  groupId: 'g1',
  status: 'draft',
  revision: 1,
  approvedVersion: null,
  ...patch,
})

const databases: LocalDatabase[] = []
afterEach(() => {
  for (const db of databases.splice(0)) db.close()
})

/** A document stored on the device, with content and a list record. */
async function storeDocument(db: LocalDatabase, title: string): Promise<DocumentId> {
  const id = createDocumentId()
  const doc = new Y.Doc()
  const persistence = new YDexiePersistence(db, id, doc, { isLocalChange: () => true })
  await persistence.whenLoaded
  doc.getText('notes').insert(0, title)
  await persistence.flush()
  persistence.destroy()
  await db.documents.put({
    ...summary(id, title),
    pendingRegistration: false,
    pendingTitle: null,
    pendingTrash: null,
    syncError: null,
  })
  return id
}

function setup(server: { live: DocumentSummary[]; readable: DocumentSummary[] }, accessControlled: boolean) {
  const db = new LocalDatabase(`access-${createDocumentId()}`)
  databases.push(db)
  const fetchImpl = (url: string): Promise<Response> => {
    if (url === '/api/documents') return Promise.resolve(json(200, { documents: server.live }))
    const found = server.readable.find((document) => url === `/api/documents/${document.id}`)
    return Promise.resolve(
      found ? json(200, found) : json(404, { error: { code: 'not_found', message: 'No document has that id.' } }),
    )
  }
  return { db, library: new DocumentLibrary(db, new DocumentsApi(fetchImpl), () => accessControlled) }
}

describe('DocumentLibrary and lost access', () => {
  it('drops every local copy of a document the server no longer lets the person read, and notes it', async () => {
    const server = { live: [] as DocumentSummary[], readable: [] as DocumentSummary[] }
    const { db, library } = setup(server, true)
    const kept = await storeDocument(db, 'Handlingsplan Äldre')
    const lost = await storeDocument(db, 'Protokoll LGL')
    const trashed = await storeDocument(db, 'Gammal anvisning')
    server.live = [summary(kept, 'Handlingsplan Äldre')]
    server.readable = [...server.live, summary(trashed, 'Gammal anvisning', { deletedAt: '2026-02-01T00:00:00.000Z' })]

    await library.refresh('live')

    expect(await db.documents.get(lost)).toBeUndefined()
    expect(await db.updates.where('documentId').equals(lost).count()).toBe(0)
    expect(await db.syncStates.get(lost)).toBeUndefined()
    expect(await db.updates.where('documentId').equals(kept).count()).toBeGreaterThan(0)
    expect((await db.documents.get(trashed))?.deletedAt).not.toBeNull()
    expect(await new SettingsStore(db).get('accessLost')).toEqual(['Protokoll LGL'])
  })

  it('keeps everything while the server does not decide access (open mode)', async () => {
    const { db, library } = setup({ live: [], readable: [] }, false)
    const id = await storeDocument(db, 'Protokoll LGL')
    await library.refresh('live')
    expect(await db.documents.get(id)).toBeDefined()
    expect(await db.updates.where('documentId').equals(id).count()).toBeGreaterThan(0)
  })

  it('records the group and status the server lists', async () => {
    const server = { live: [] as DocumentSummary[], readable: [] as DocumentSummary[] }
    const { db, library } = setup(server, true)
    const id = await storeDocument(db, 'Protokoll LGL')
    server.live = [summary(id, 'Protokoll LGL', { groupId: 'g2', status: 'approved', approvedVersion: 2 })]
    await library.refresh('live')
    expect(await db.documents.get(id)).toMatchObject({ groupId: 'g2', status: 'approved', approvedVersion: 2 })
  })
})
