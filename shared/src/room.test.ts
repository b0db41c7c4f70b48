import { describe, expect, it } from 'vitest'
import { parseDocumentId } from './documentId.js'
import { parseRoomName, parseSyncPath, roomName, type Room } from './room.js'

const id = parseDocumentId('doc-123')!

describe('room names', () => {
  it.each<Room>([
    { documentId: id, kind: 'content' },
    { documentId: id, kind: 'annotations' },
  ])('round-trips %j', (room) => {
    expect(parseRoomName(roomName(room))).toEqual(room)
  })

  it('names content rooms by the bare id, as stock y-websocket clients expect', () => {
    expect(roomName({ documentId: id, kind: 'content' })).toBe('doc-123')
    expect(roomName({ documentId: id, kind: 'annotations' })).toBe('doc-123/annotations')
  })

  it.each(['', '/annotations', 'a/b', 'doc-123/other', '../x', 'doc-123/annotations/annotations'])(
    'rejects %j',
    (name) => {
      expect(parseRoomName(name)).toBeNull()
    },
  )
})

describe('parseSyncPath', () => {
  it('reads the room from an upgrade path and ignores the query', () => {
    expect(parseSyncPath('/sync/doc-123?token=abc')).toEqual({ documentId: id, kind: 'content' })
    expect(parseSyncPath('/sync/doc-123/annotations')).toEqual({ documentId: id, kind: 'annotations' })
  })

  it.each(['/doc-123', '/sync/', '/sync', '/syncdoc-123', '/sync/%2e%2e', '/sync/a%00b', '/sync/../x'])(
    'rejects %j',
    (path) => {
      expect(parseSyncPath(path)).toBeNull()
    },
  )
})
