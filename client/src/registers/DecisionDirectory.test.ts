import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import {
  appendJsonToFragment,
  createDocumentId,
  getBody,
  initializeDocumentMeta,
  type DecisionRow,
  type DocumentId,
} from '@samskriv/shared'
import { RegistersApi } from '../api/RegistersApi'
import { LocalDatabase } from '../storage/LocalDatabase'
import { DecisionDirectory } from './DecisionDirectory'

const databases: LocalDatabase[] = []
afterEach(() => {
  for (const db of databases.splice(0)) db.close()
  vi.restoreAllMocks()
})

/** A decision as the server's register lists it. */
function serverDecision(id: string, title: string, date: string): DecisionRow {
  return {
    id,
    documentId: createDocumentId(),
    documentTitle: `Protokoll ${date}`,
    documentType: 'protocol',
    agendaItemId: `item-${id}`,
    agendaItemNumber: 1,
    agendaItemTitle: 'Beslutspunkt',
    title,
    text: `${title} beslutas.`,
    kind: 'other',
    decidingBody: 'Länsgemensam ledning',
    date,
    group: '',
    persons: [],
    approvedDocument: null,
    memberChange: null,
    betweenMeetings: false,
    position: 0,
    activities: [],
  }
}

/** A protocol written on this device (offline) with one decision the server does not know. */
async function storeLocalProtocol(db: LocalDatabase, decisionId: string, title: string): Promise<DocumentId> {
  const id = createDocumentId()
  await db.documents.put({
    id,
    title: 'Protokoll skrivet offline',
    type: 'protocol',
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    deletedAt: null,
    pendingRegistration: true,
    pendingTitle: null,
    pendingTrash: null,
    syncError: null,
  })
  const doc = new Y.Doc()
  initializeDocumentMeta(doc, { type: 'protocol', title: 'Protokoll skrivet offline' })
  appendJsonToFragment(getBody(doc), [
    { type: 'meetingHeader', attrs: { decidingBody: 'Länsgemensam ledning', date: '2026-03-01' } },
    {
      type: 'agendaItem',
      attrs: { id: 'item-local', kind: 'standard' },
      content: [
        { type: 'blockTitle', content: [{ type: 'text', text: 'Punkt' }] },
        {
          type: 'decision',
          attrs: { id: decisionId, kind: 'other' },
          content: [
            { type: 'blockTitle', content: [{ type: 'text', text: title }] },
            { type: 'paragraph', content: [{ type: 'text', text: `${title} beslutas.` }] },
          ],
        },
      ],
    },
  ])
  await db.updates.add({ documentId: id, update: Y.encodeStateAsUpdate(doc) })
  return id
}

/** A directory over a server that filters by `id` and `q` and counts its requests. */
function setup(server: DecisionRow[]) {
  const db = new LocalDatabase(`decisions-${createDocumentId()}`)
  databases.push(db)
  const requests: URLSearchParams[] = []
  const fetchImpl = vi.fn((url: string) => {
    const params = new URL(url, 'http://app.test').searchParams
    requests.push(params)
    const id = params.get('id')
    const q = params.get('q')?.toLowerCase()
    const matching = server.filter(
      (d) => (id === null || d.id === id) && (q === undefined || `${d.title} ${d.text}`.toLowerCase().includes(q)),
    )
    const limit = Number(params.get('limit'))
    const body = { decisions: matching.slice(0, limit), total: matching.length }
    return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }))
  })
  return { db, directory: new DecisionDirectory(db, new RegistersApi(fetchImpl)), requests }
}

describe('DecisionDirectory', () => {
  it('looks a decision up by its id on the server, without fetching the register', async () => {
    const many = Array.from({ length: 450 }, (_, i) => serverDecision(`d${i}`, `Beslut ${i}`, '2026-01-15'))
    const { directory, requests } = setup(many)
    expect((await directory.find('d321'))?.title).toBe('Beslut 321')
    expect(requests.map((params) => params.get('id'))).toEqual(['d321'])
  })

  it('finds a decision only this device knows, and nothing for an unknown id', async () => {
    const { db, directory } = setup([serverDecision('d1', 'Finansiering', '2026-01-15')])
    await storeLocalProtocol(db, 'lokalt-beslut', 'Samordnare för Nära vård')
    expect((await directory.find('lokalt-beslut'))?.title).toBe('Samordnare för Nära vård')
    expect(await directory.find('okänt')).toBeNull()
  })

  it('searches with the server’s free text and merges in the device’s matches', async () => {
    const { db, directory, requests } = setup([
      serverDecision('d1', 'Finansiering av samordnare', '2026-02-06'),
      serverDecision('d2', 'Protokoll till handlingarna', '2026-02-06'),
    ])
    await storeLocalProtocol(db, 'lokalt-beslut', 'Ny samordnare utsedd')
    const choices = await directory.search(' samordnare ')
    expect(requests.map((params) => params.get('q'))).toEqual(['samordnare'])
    expect(choices).toMatchObject({ source: 'server', total: 2 })
    expect(choices.decisions.map((d) => d.id)).toEqual(['lokalt-beslut', 'd1'])
  })

  it('searches the device alone while offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const { db, directory, requests } = setup([serverDecision('d1', 'Finansiering av samordnare', '2026-02-06')])
    await storeLocalProtocol(db, 'lokalt-beslut', 'Ny samordnare utsedd')
    const choices = await directory.search('samordnare')
    expect(requests).toEqual([])
    expect(choices).toMatchObject({ source: 'device', total: 1 })
    expect(await directory.find('d1')).toBeNull()
  })
})
