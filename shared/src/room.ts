import { parseDocumentId, type DocumentId } from './documentId.js'

/**
 * What a relay room holds for a document. `content` is the document itself; `annotations` is
 * reserved for the comments document that lives beside it, so locking content leaves comments open.
 */
export type RoomKind = 'content' | 'annotations'

/** A relay room: one Yjs document per document id and kind. */
export interface Room {
  readonly documentId: DocumentId
  readonly kind: RoomKind
}

/** The path under which the relay speaks the y-websocket protocol: `/sync/<room name>`. */
export const SYNC_PATH_PREFIX = '/sync/'

const ANNOTATIONS_SUFFIX = '/annotations'

/**
 * The room name a `WebsocketProvider` is given; the provider appends it to `ws://host/sync`.
 * `content` → `<id>`, `annotations` → `<id>/annotations`.
 */
export function roomName(room: Room): string {
  return room.kind === 'content' ? room.documentId : `${room.documentId}${ANNOTATIONS_SUFFIX}`
}

/** The inverse of {@link roomName}; null for anything that is not a valid room name. */
export function parseRoomName(name: string): Room | null {
  const kind: RoomKind = name.endsWith(ANNOTATIONS_SUFFIX) ? 'annotations' : 'content'
  const idPart = kind === 'content' ? name : name.slice(0, -ANNOTATIONS_SUFFIX.length)
  const documentId = parseDocumentId(idPart)
  return documentId === null ? null : { documentId, kind }
}

/**
 * Parses the path of a websocket upgrade request (`/sync/<room name>?query`) into a room.
 * Percent-encoded paths are not decoded: a valid room name never needs encoding.
 */
export function parseSyncPath(pathWithQuery: string): Room | null {
  const path = pathWithQuery.split('?', 1)[0] ?? ''
  if (!path.startsWith(SYNC_PATH_PREFIX)) return null
  return parseRoomName(path.slice(SYNC_PATH_PREFIX.length))
}

/** A stable string key for maps of rooms. */
export function roomKey(room: Room): string {
  return roomName(room)
}
