import { appendJsonToFragment, getBody, initializeDocumentMeta, type JSONContent } from '@samskriv/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MemoryStorage } from '../storage/MemoryStorage.js'
import { newDocumentRecord } from '../storage/Storage.js'
import { DraftHistory } from './DraftHistory.js'

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const eva = { id: 'u-eva', name: 'Eva' }

async function setup() {
  const storage = new MemoryStorage()
  await storage.catalog.insert(
    newDocumentRecord({ id: 'doc', type: 'guidance', title: 'Anvisning', at: '2026-12-01T08:00:00.000Z' }),
  )
  const doc = new Y.Doc()
  initializeDocumentMeta(doc, { type: 'guidance', title: 'Anvisning' })
  appendJsonToFragment(getBody(doc), [paragraph('Ett')])
  let now = new Date('2026-12-07T10:00:00.000Z')
  const taken: string[] = []
  const history = new DraftHistory(
    storage.catalog,
    storage.snapshots,
    (_id, reader) => Promise.resolve(reader(doc)),
    (document) => taken.push(document.id),
    () => now,
  )
  return { storage, doc, history, taken, later: (ms: number) => (now = new Date(now.getTime() + ms)) }
}

describe('DraftHistory', () => {
  it('stores the full state with the writers, and none while the content is unchanged', async () => {
    const { storage, doc, history, taken, later } = await setup()
    const first = await history.take('doc', [eva], null)
    expect(first).toMatchObject({ documentId: 'doc', revision: 1, authors: [eva], characters: 3 })
    const restored = new Y.Doc()
    Y.applyUpdate(restored, first!.state)
    expect(getBody(restored).toString()).toContain('Ett')
    expect(taken).toEqual(['doc'])

    later(60_000)
    expect(await history.take('doc', [eva], null)).toBeNull()
    appendJsonToFragment(getBody(doc), [paragraph('Två')])
    later(60_000)
    // From a room's final document, as when it leaves memory.
    expect(await history.take('doc', [], Y.encodeStateAsUpdate(doc))).toMatchObject({ characters: 6, authors: [] })
    expect((await storage.snapshots.list('doc', 1)).map((s) => s.characters)).toEqual([6, 3])
  })

  it('takes none of a document that is not a draft, or in the trash', async () => {
    const { storage, history } = await setup()
    await storage.catalog.update('doc', { status: 'approved', approvedVersion: 1 })
    expect(await history.take('doc', [eva], null)).toBeNull()
    await storage.catalog.update('doc', { status: 'draft', deletedAt: '2026-12-02T00:00:00.000Z' })
    expect(await history.take('doc', [eva], null)).toBeNull()
    expect(await history.take('unknown', [eva], null)).toBeNull()
    expect(await storage.snapshots.latest('doc')).toBeNull()
  })

  it('thins the history as it takes snapshots', async () => {
    const { storage, doc, history, later } = await setup()
    // Two snapshots ten minutes apart, then two days on: both fall in one hour and one is dropped.
    await history.take('doc', [eva], null)
    appendJsonToFragment(getBody(doc), [paragraph('Två')])
    later(10 * 60_000)
    await history.take('doc', [eva], null)
    later(2 * 24 * 60 * 60_000)
    appendJsonToFragment(getBody(doc), [paragraph('Tre')])
    await history.take('doc', [eva], null)
    const kept = await storage.snapshots.list('doc', 1)
    expect(kept.map((s) => s.characters)).toEqual([9, 6])
  })

  it('rejects, without throwing at the caller, for a room that holds no document', async () => {
    const { history } = await setup()
    await expect(history.take('doc', [], Y.encodeStateAsUpdate(new Y.Doc()))).rejects.toThrow()
  })
})
