import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  DOCUMENT_ROOTS,
  getBody,
  getMetaMap,
  initializeDocumentMeta,
  readDocumentMeta,
  SCHEMA_VERSION,
  setDocumentTitle,
} from './documentLayout.js'

function sampleDocument(): Y.Doc {
  const doc = new Y.Doc()
  initializeDocumentMeta(doc, { type: 'protocol', title: 'Länsgemensam ledning 2026-11-20' })
  const heading = new Y.XmlElement('heading')
  heading.setAttribute('level', '1')
  heading.insert(0, [new Y.XmlText('Välkomna')])
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText('Ordföranden öppnade mötet.')])
  getBody(doc).insert(0, [heading, paragraph])
  return doc
}

describe('document layout', () => {
  it('pins the shape of a sample document', () => {
    const doc = sampleDocument()
    // Read back through a fresh document, as a client or the server would after sync.
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    expect([...copy.share.keys()].sort()).toEqual([DOCUMENT_ROOTS.body, DOCUMENT_ROOTS.meta].sort())
    expect(getMetaMap(copy).toJSON()).toEqual({
      type: 'protocol',
      title: 'Länsgemensam ledning 2026-11-20',
      schemaVersion: SCHEMA_VERSION,
      lock: { state: 'draft' },
      revision: 1,
    })
    expect(getBody(copy).toString()).toBe(
      '<heading level="1">Välkomna</heading><paragraph>Ordföranden öppnade mötet.</paragraph>',
    )
  })

  it('reads validated metadata, and null for an uninitialised document', () => {
    expect(readDocumentMeta(new Y.Doc())).toBeNull()
    expect(readDocumentMeta(sampleDocument())).toMatchObject({ type: 'protocol', lock: { state: 'draft' } })
  })

  it('returns null for metadata a client wrote wrongly', () => {
    const doc = sampleDocument()
    getMetaMap(doc).set('type', 'novel')
    expect(readDocumentMeta(doc)).toBeNull()
  })

  it('trims titles and refuses empty ones', () => {
    const doc = sampleDocument()
    setDocumentTitle(doc, '  Ny titel  ')
    expect(readDocumentMeta(doc)?.title).toBe('Ny titel')
    expect(() => setDocumentTitle(doc, '   ')).toThrow()
    expect(readDocumentMeta(doc)?.title).toBe('Ny titel')
  })

  it('converges when two offline devices initialise the same document', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    initializeDocumentMeta(a, { type: 'guidance', title: 'A' })
    initializeDocumentMeta(b, { type: 'guidance', title: 'B' })
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(readDocumentMeta(a)).toEqual(readDocumentMeta(b))
    expect(['A', 'B']).toContain(readDocumentMeta(a)?.title)
  })
})
