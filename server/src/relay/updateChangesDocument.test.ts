import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { updateChangesDocument } from './updateChangesDocument.js'

describe('updateChangesDocument', () => {
  const server = new Y.Doc()
  server.getText('t').insert(0, 'hello world')
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))

  it('is false for what the document already has', () => {
    expect(updateChangesDocument(server, Y.encodeStateAsUpdate(client))).toBe(false)
    expect(updateChangesDocument(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(false)
  })

  it('is true for a new insertion', () => {
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(server))
    copy.getText('t').insert(0, 'x')
    expect(updateChangesDocument(server, Y.encodeStateAsUpdate(copy, Y.encodeStateVector(server)))).toBe(true)
  })

  it('is true for a deletion the document has not made, false once it has', () => {
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(server))
    copy.getText('t').delete(0, 5)
    const deletion = Y.encodeStateAsUpdate(copy, Y.encodeStateVector(server))
    expect(updateChangesDocument(server, deletion)).toBe(true)
    const after = new Y.Doc()
    Y.applyUpdate(after, Y.encodeStateAsUpdate(server))
    Y.applyUpdate(after, deletion)
    expect(updateChangesDocument(after, deletion)).toBe(false)
  })
})
