import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getBody, initializeDocumentMeta, type DocumentId } from '@samskriv/shared'
import { annotationStorageKey } from '../annotations/annotationStorageKey'
import { LocalDatabase } from '../storage/LocalDatabase'
import { DeviceTextIndex } from './DeviceTextIndex'

const dbs: LocalDatabase[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

/** A document with a title and one paragraph, and how to store more of its edits. */
function writer(title: string, text: string) {
  const doc = new Y.Doc()
  initializeDocumentMeta(doc, { type: 'protocol', title })
  const add = (words: string) => {
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(words)])
    getBody(doc).insert(getBody(doc).length, [paragraph])
  }
  add(text)
  return { doc, add }
}

async function store(db: LocalDatabase, id: string, update: Uint8Array) {
  await db.updates.add({ documentId: id as DocumentId, update })
}

describe('DeviceTextIndex', () => {
  it('reads every copy on the device once, and again only the copies written since', async () => {
    const db = new LocalDatabase(`search-${Math.random()}`)
    dbs.push(db)
    const a = writer('Protokoll A', 'Vårdplatser diskuterades.')
    const b = writer('Protokoll B', 'Hemsjukvård.')
    await store(db, 'doc-a', Y.encodeStateAsUpdate(a.doc))
    await store(db, 'doc-b', Y.encodeStateAsUpdate(b.doc))
    // Comments are stored beside a document; they are not its text.
    await store(db, annotationStorageKey('doc-a' as DocumentId), new Uint8Array([0, 0]))
    const index = new DeviceTextIndex(db)

    const first = await index.read()
    expect([...first.keys()].sort()).toEqual(['doc-a', 'doc-b'])
    expect(first.get('doc-a' as DocumentId)!.prepared.text).toBe('Vårdplatser diskuterades.')
    expect(first.get('doc-a' as DocumentId)!.prepared.foldedText).toBe('vårdplatser diskuterades.')

    // Nothing written: the same entries, not decoded again.
    const second = await index.read()
    expect(second.get('doc-a' as DocumentId)).toBe(first.get('doc-a' as DocumentId))
    expect(second.get('doc-b' as DocumentId)).toBe(first.get('doc-b' as DocumentId))

    // An edit of A stored as a new row: A is read again, B is not.
    const before = Y.encodeStateVector(a.doc)
    a.add('Tillägg om läkemedel.')
    await store(db, 'doc-a', Y.encodeStateAsUpdate(a.doc, before))
    const third = await index.read()
    expect(third.get('doc-a' as DocumentId)!.prepared.text).toBe('Vårdplatser diskuterades.\nTillägg om läkemedel.')
    expect(third.get('doc-b' as DocumentId)).toBe(first.get('doc-b' as DocumentId))

    // Compaction (rows replaced by one) changes the stamp too; a forgotten copy leaves the index.
    await db.transaction('rw', db.updates, async () => {
      await db.updates.where('documentId').equals('doc-a').delete()
      await store(db, 'doc-a', Y.encodeStateAsUpdate(a.doc))
    })
    await db.updates.where('documentId').equals('doc-b').delete()
    const fourth = await index.read()
    expect([...fourth.keys()]).toEqual(['doc-a'])
    expect(fourth.get('doc-a' as DocumentId)).not.toBe(third.get('doc-a' as DocumentId))
    expect(fourth.get('doc-a' as DocumentId)!.prepared.text).toContain('läkemedel')
  })

  it('leaves out stored state that holds no document yet', async () => {
    const db = new LocalDatabase(`search-${Math.random()}`)
    dbs.push(db)
    await store(db, 'doc-empty', Y.encodeStateAsUpdate(new Y.Doc()))
    expect((await new DeviceTextIndex(db).read()).size).toBe(0)
  })
})
