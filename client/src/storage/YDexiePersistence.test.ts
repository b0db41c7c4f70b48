import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createDocumentId, type DocumentId } from '@samskriv/shared'
import { compactDocumentUpdates } from './compactDocumentUpdates'
import { LocalDatabase } from './LocalDatabase'
import { YDexiePersistence, type YDexiePersistenceOptions } from './YDexiePersistence'

/** Updates from the other tab, as y-websocket's BroadcastChannel delivers them. */
const OTHER_TAB = Symbol('other tab')

const opened: LocalDatabase[] = []

function openDatabase(name: string): LocalDatabase {
  const db = new LocalDatabase(name)
  opened.push(db)
  return db
}

function persist(
  db: LocalDatabase,
  documentId: DocumentId,
  doc: Y.Doc,
  options: Partial<YDexiePersistenceOptions> = {},
): YDexiePersistence {
  return new YDexiePersistence(db, documentId, doc, {
    isLocalChange: (origin) => origin !== OTHER_TAB,
    ...options,
  })
}

/** A fresh "tab" over the same database name: its own connection, document and persistence. */
async function reload(name: string, documentId: DocumentId) {
  const doc = new Y.Doc()
  const persistence = persist(openDatabase(name), documentId, doc)
  const loaded = await persistence.whenLoaded
  return { doc, persistence, loaded }
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

describe('YDexiePersistence', () => {
  it('keeps every update when two tabs append and compact concurrently', async () => {
    const name = `two-tabs-${createDocumentId()}`
    const documentId = createDocumentId()
    const docA = new Y.Doc()
    const docB = new Y.Doc()
    const a = persist(openDatabase(name), documentId, docA, { compactAfterRows: 4 })
    const b = persist(openDatabase(name), documentId, docB, { compactAfterRows: 3 })
    await Promise.all([a.whenLoaded, b.whenLoaded])

    for (let i = 0; i < 60; i += 1) {
      docA.getArray<string>('items').push([`a${i}`])
      docB.getArray<string>('items').push([`b${i}`])
      // Let writes and compactions of both tabs overlap with the next appends.
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
    await Promise.all([a.flush(), b.flush()])
    const rows = await openDatabase(name).updates.where('documentId').equals(documentId).count()
    expect(rows).toBeLessThan(10)

    const { doc } = await reload(name, documentId)
    const items = doc.getArray<string>('items').toArray()
    expect(items).toHaveLength(120)
    for (let i = 0; i < 60; i += 1) {
      expect(items).toContain(`a${i}`)
      expect(items).toContain(`b${i}`)
    }
  })

  it('loses no row appended by another connection while compaction runs', async () => {
    const name = `compaction-race-${createDocumentId()}`
    const documentId = createDocumentId()
    const compactor = openDatabase(name)
    const appender = openDatabase(name)
    const source = new Y.Doc()
    const updates: Uint8Array[] = []
    source.on('update', (update: Uint8Array) => updates.push(update))
    for (let i = 0; i < 40; i += 1) source.getArray<number>('n').push([i])
    await compactor.updates.bulkAdd(updates.slice(0, 20).map((update) => ({ documentId, update })))

    const compaction = compactDocumentUpdates(compactor, documentId)
    const appends: Promise<number>[] = []
    for (const update of updates.slice(20)) {
      appends.push(appender.updates.add({ documentId, update }))
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
    await Promise.all([compaction, ...appends])

    const { doc } = await reload(name, documentId)
    expect(doc.getArray<number>('n').toArray()).toEqual(source.getArray<number>('n').toArray())
  })

  it('does not write back what it loaded, and writes remote updates too', async () => {
    const name = `no-echo-${createDocumentId()}`
    const documentId = createDocumentId()
    const firstDoc = new Y.Doc()
    const first = persist(openDatabase(name), documentId, firstDoc)
    await first.whenLoaded
    const seed = new Y.Doc()
    seed.getText('body').insert(0, 'hej')
    Y.applyUpdate(firstDoc, Y.encodeStateAsUpdate(seed), OTHER_TAB)
    await first.flush()

    const db = openDatabase(name)
    const doc = new Y.Doc()
    const second = persist(db, documentId, doc)
    await second.whenLoaded
    await second.flush()
    expect(await db.updates.where('documentId').equals(documentId).count()).toBe(1)
    expect(doc.getText('body').toString()).toBe('hej')

    Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed), second)
    await second.flush()
    expect(await db.updates.where('documentId').equals(documentId).count()).toBe(1)
  })

  it('keeps the unsynced flag across a reload until the changes are acknowledged', async () => {
    const name = `flag-${createDocumentId()}`
    const documentId = createDocumentId()
    const doc = new Y.Doc()
    const tab = persist(openDatabase(name), documentId, doc)
    await tab.whenLoaded
    doc.getText('body').insert(0, 'offline')
    await tab.flush()
    tab.destroy()

    const afterReload = await reload(name, documentId)
    expect(afterReload.loaded.inheritedUnsynced).toBe(true)
    expect(afterReload.doc.getText('body').toString()).toBe('offline')

    afterReload.persistence.acknowledgeInherited()
    await afterReload.persistence.flush()
    expect((await reload(name, documentId)).loaded.inheritedUnsynced).toBe(false)
  })

  it('clears its own flag even when the acknowledgement beats the write', async () => {
    const name = `early-ack-${createDocumentId()}`
    const documentId = createDocumentId()
    const doc = new Y.Doc()
    const tab = persist(openDatabase(name), documentId, doc)
    await tab.whenLoaded
    doc.getText('body').insert(0, 'x')
    tab.acknowledgeLocalChanges(tab.localChangeCount)
    await tab.flush()
    expect((await reload(name, documentId)).loaded.inheritedUnsynced).toBe(false)
  })

  it('does not clear changes another tab stored after it loaded', async () => {
    const name = `other-writer-${createDocumentId()}`
    const documentId = createDocumentId()
    const docA = new Y.Doc()
    const a = persist(openDatabase(name), documentId, docA)
    await a.whenLoaded
    docA.getText('body').insert(0, 'first')
    await a.flush()

    const b = await reload(name, documentId)
    expect(b.loaded.inheritedUnsynced).toBe(true)
    docA.getText('body').insert(0, 'second ')
    await a.flush()
    b.persistence.acknowledgeInherited()
    await b.persistence.flush()

    expect((await reload(name, documentId)).loaded.inheritedUnsynced).toBe(true)
    a.acknowledgeLocalChanges(a.localChangeCount)
    await a.flush()
    expect((await reload(name, documentId)).loaded.inheritedUnsynced).toBe(false)
  })

  it('reports when local changes are waiting for IndexedDB and when all are stored', async () => {
    const documentId = createDocumentId()
    const doc = new Y.Doc()
    const reports: boolean[] = []
    const tab = persist(openDatabase(`unstored-${createDocumentId()}`), documentId, doc, {
      onUnstoredLocalChanges: (unstored) => reports.push(unstored),
    })
    await tab.whenLoaded
    doc.getText('body').insert(0, 'a')
    doc.getText('body').insert(1, 'b')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(new Y.Doc()), OTHER_TAB)
    expect(reports).toEqual([true])
    await tab.flush()
    expect(reports).toEqual([true, false])
  })

  it('reports a failed write, keeps the update and stores it on retry', async () => {
    const name = `failure-${createDocumentId()}`
    const documentId = createDocumentId()
    const db = openDatabase(name)
    const doc = new Y.Doc()
    const onStorageError = vi.fn()
    let markRecovered = () => {}
    const recovered = new Promise<void>((resolve) => (markRecovered = resolve))
    const tab = persist(db, documentId, doc, {
      onStorageError,
      onStorageRecovered: () => markRecovered(),
      retryDelayMs: () => 0,
    })
    await tab.whenLoaded
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(quota)

    doc.getText('body').insert(0, 'viktigt')
    await expect(tab.flush()).rejects.toBe(quota)
    expect(onStorageError).toHaveBeenCalledWith(quota, 'write')
    await recovered
    await tab.flush()

    expect((await reload(name, documentId)).doc.getText('body').toString()).toBe('viktigt')
  })

  it('retries a failed load and lets no write stand in for it', async () => {
    const name = `failed-load-${createDocumentId()}`
    const documentId = createDocumentId()
    // An earlier session stored an edit the relay never acknowledged.
    const earlier = await reload(name, documentId)
    earlier.doc.getText('body').insert(0, 'osynkat ')
    await earlier.persistence.flush()
    earlier.persistence.destroy()

    const db = openDatabase(name)
    const closed = new DOMException('The database connection is closing.', 'InvalidStateError')
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(closed)
    const doc = new Y.Doc()
    const errors: unknown[][] = []
    const onStorageRecovered = vi.fn()
    const tab = persist(db, documentId, doc, {
      onStorageError: (...args) => errors.push(args),
      onStorageRecovered,
      // No retry by itself during the test: retryNow decides when.
      retryDelayMs: () => 60_000,
    })
    let loaded: { inheritedUnsynced: boolean } | null = null
    void tab.whenLoaded.then((result) => (loaded = result))
    await vi.waitFor(() => expect(errors).toEqual([[closed, 'load']]))

    // A change made meanwhile is not written, and so cannot report the storage as recovered.
    doc.getText('body').insert(0, 'nytt ')
    await expect(tab.flush()).rejects.toBe(closed)
    expect(onStorageRecovered).not.toHaveBeenCalled()
    expect(loaded).toBeNull()

    tab.retryNow()
    expect(await tab.whenLoaded).toEqual({ inheritedUnsynced: true })
    expect(onStorageRecovered).toHaveBeenCalledTimes(1)
    await tab.flush()
    expect(doc.getText('body').toString()).toContain('osynkat')
    const stored = (await reload(name, documentId)).doc.getText('body').toString()
    expect(stored).toContain('osynkat')
    expect(stored).toContain('nytt')
  })

  it('compacts on what was added since the last compaction, not on the size of the document', async () => {
    const name = `growth-${createDocumentId()}`
    const documentId = createDocumentId()
    const db = openDatabase(name)
    const doc = new Y.Doc()
    const tab = persist(db, documentId, doc, { compactAfterBytes: 4_000 })
    await tab.whenLoaded
    const rows = () => db.updates.where('documentId').equals(documentId).count()
    // A document past the threshold: two large writes, merged into one row.
    doc.getText('body').insert(0, 'a'.repeat(3_000))
    await tab.flush()
    doc.getText('body').insert(0, 'b'.repeat(3_000))
    await tab.flush()
    expect(await rows()).toBe(1)

    // Keystrokes on the large document are appended, not each one a rewrite of all of it.
    for (const letter of 'hej då') {
      doc.getText('body').insert(0, letter)
      await tab.flush()
    }
    expect(await rows()).toBe(7)

    // Once as much again has been added, it is compacted.
    doc.getText('body').insert(0, 'c'.repeat(4_000))
    await tab.flush()
    expect(await rows()).toBe(1)
    expect((await reload(name, documentId)).doc.getText('body').length).toBe(10_006)
  })
})
