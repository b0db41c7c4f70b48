import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getBody, getMetaMap, initializeDocumentMeta, SCHEMA_VERSION } from '../documentLayout.js'
import { documentSchemaVersion, migrateDocument, schemaCompatibility } from './migrations.js'

describe('schema migrations', () => {
  it('records the version, so older clients can tell they are too old', () => {
    const doc = new Y.Doc()
    initializeDocumentMeta(doc, { type: 'protocol', title: 'x' })
    getMetaMap(doc).set('schemaVersion', 1)
    expect(schemaCompatibility(doc)).toBe('needsMigration')
    migrateDocument(doc)
    expect(documentSchemaVersion(doc)).toBe(SCHEMA_VERSION)
    expect(schemaCompatibility(doc)).toBe('current')
    expect(schemaCompatibility(doc, SCHEMA_VERSION - 1)).toBe('tooNew')
  })

  it('runs each migration in order, in one transaction', () => {
    const doc = new Y.Doc()
    const element = new Y.XmlElement('activity')
    element.setAttribute('state', 'klar')
    getBody(doc).insert(0, [element])
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    const renameStateToStatus = (d: Y.Doc) => {
      for (const child of getBody(d).toArray()) {
        if (child instanceof Y.XmlElement && child.getAttribute('state') !== undefined) {
          child.setAttribute('status', child.getAttribute('state') === 'klar' ? 'done' : 'planned')
          child.removeAttribute('state')
        }
      }
    }
    const order: number[] = []
    migrateDocument(doc, {
      migrations: { 2: (d) => (order.push(2), renameStateToStatus(d)), 3: () => order.push(3) },
      target: 3,
    })
    expect(order).toEqual([2, 3])
    expect(transactions).toBe(1)
    expect(element.getAttributes()).toEqual({ status: 'done' })
    expect(documentSchemaVersion(doc)).toBe(3)
  })

  it('refuses to migrate a document newer than the code', () => {
    const doc = new Y.Doc()
    getMetaMap(doc).set('schemaVersion', SCHEMA_VERSION + 1)
    expect(() => migrateDocument(doc)).toThrow(/newer/)
  })
})
