import { getBody, readDocumentMeta, type DocumentId } from '@samskriv/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Relay } from '../relay/Relay.js'
import { MemoryStorage } from '../storage/MemoryStorage.js'
import { newDocumentRecord } from '../storage/Storage.js'
import { DocumentService } from './DocumentService.js'

describe('DocumentService', () => {
  it('keeps a creation in its group when the document list registered it first (a slow server)', async () => {
    const { catalog, audit } = new MemoryStorage()
    const doc = new Y.Doc()
    // The relay commits the new document; the projector registers it (without a group) before the
    // service gets to insert its record.
    const relay = {
      edit: async (_room: unknown, change: (doc: Y.Doc) => void) => {
        change(doc)
        const meta = readDocumentMeta(doc)!
        await catalog.insert(newDocumentRecord({ id: 'd1', type: meta.type, title: meta.title, at: 'x' }))
      },
      read: <T>(_room: unknown, reader: (doc: Y.Doc, seq: number) => T) => Promise.resolve(reader(doc, 1)),
    } as unknown as Relay
    const service = new DocumentService(catalog, relay, audit)
    const answer = await service.create({ id: 'd1' as DocumentId, title: 'Plan', type: 'actionPlan', groupId: 'g1' })
    expect(answer.created).toBe(true)
    expect(answer.document.groupId).toBe('g1')
    expect((await catalog.get('d1'))?.groupId).toBe('g1')
  })

  it('writes the template unless the creating device wrote the content itself', async () => {
    const { catalog, audit } = new MemoryStorage()
    const docs = new Map<unknown, Y.Doc>()
    const docOf = (room: { documentId: string }) => {
      const doc = docs.get(room.documentId) ?? new Y.Doc()
      docs.set(room.documentId, doc)
      return doc
    }
    const relay = {
      edit: (room: { documentId: string }, change: (doc: Y.Doc) => void) => Promise.resolve(change(docOf(room))),
      read: <T>(room: { documentId: string }, reader: (doc: Y.Doc, seq: number) => T) =>
        Promise.resolve(reader(docOf(room), 1)),
    } as unknown as Relay
    const service = new DocumentService(catalog, relay, audit)
    await service.create({ id: 'from-template' as DocumentId, title: 'Protokoll 1', type: 'protocol' })
    await service.create({ id: 'from-previous' as DocumentId, title: 'Protokoll 2', type: 'protocol', template: false })
    expect(getBody(docs.get('from-template')!).length).toBeGreaterThan(5)
    expect(getBody(docs.get('from-previous')!).length).toBe(0)
    expect(readDocumentMeta(docs.get('from-previous')!)?.title).toBe('Protokoll 2')
  })
})
