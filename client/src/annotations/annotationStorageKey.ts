import { parseRoomName, roomName, type DocumentId } from '@samskriv/shared'

/**
 * The key under which a document's comments are stored on the device: its relay room name
 * (`<id>/annotations`), beside the content stored under the document id (its room name too).
 */
export function annotationStorageKey(documentId: DocumentId): DocumentId {
  // Stored rows are keyed by room name; the content's room name is the bare id.
  return roomName({ documentId, kind: 'annotations' }) as DocumentId
}

/** The document whose comments a storage key holds, or null for a content key (or anything else). */
export function annotatedDocumentOf(key: string): DocumentId | null {
  const room = parseRoomName(key)
  return room !== null && room.kind === 'annotations' ? room.documentId : null
}
