import { Dexie, type Table } from 'dexie'
import type { DocumentId, DocumentStatus, DocumentType } from '@samskriv/shared'

/** One stored Yjs update of a document. Rows are appended and merged by compaction. */
export interface StoredUpdate {
  /** Auto-incremented key; absent until stored. */
  id?: number
  /** The document the update belongs to. */
  documentId: DocumentId
  /** A Yjs update (v1 encoding); applying every row of a document rebuilds its state. */
  update: Uint8Array
}

/** An operation the server has not confirmed yet for a trash move. */
export type PendingTrashOperation = 'trash' | 'restore'

/**
 * A document this device has opened or created: the offline copy of its list entry, plus the API
 * calls that still have to reach the server.
 */
export interface DocumentRecord {
  id: DocumentId
  title: string
  type: DocumentType
  /** ISO time; the server's once it has answered, this device's before that. */
  createdAt: string
  /** ISO time of the last change the server reported (or the local creation time). */
  updatedAt: string
  /** ISO time it was moved to the trash; null while it is not there. */
  deletedAt: string | null
  /** Created on this device and not yet registered with `POST /api/documents`. */
  pendingRegistration: boolean
  /** A title the server has not confirmed yet (`PATCH`), or null. */
  pendingTitle: string | null
  /** A trash move the server has not confirmed yet, or null. */
  pendingTrash: PendingTrashOperation | null
  /**
   * The API's error code (`not_found`, `conflict`…) for its refusal of the last pending operation,
   * kept to show the user; null when fine. (Records written by earlier versions may hold the
   * server's English message instead; it is shown as an unknown refusal, never as it is.)
   */
  syncError: string | null
  /** The group that owns the document (null: from before accounts; absent on older records). */
  groupId?: string | null
  /** Draft, in justering or approved, as the server last said (absent on older records). */
  status?: DocumentStatus
  /** The newest approved version's number, as the server last said. */
  approvedVersion?: number | null
  /**
   * Raised by one on every write of the record (by any tab), so a list fetched before a write can
   * tell that the record changed since and must not be overwritten with the older answer. Absent
   * on records stored before revisions existed (counts as 0).
   */
  revision?: number
}

/**
 * Which sessions have stored local changes of a document that the relay has not acknowledged.
 * A session adds its writer id (with the count of local changes it has stored) in the same
 * transaction as those changes and removes it once the relay acknowledged them, so the flag is
 * never behind the data and two tabs never clear each other's changes.
 */
export interface DocumentSyncState {
  documentId: DocumentId
  /** Writer id → number of its local changes stored so far. Empty: nothing unacknowledged. */
  pendingWriters: Record<string, number>
  /** ISO time of the last local change stored on this device, or null. */
  lastLocalChangeAt: string | null
}

/** One setting, stored as key and value. */
export interface SettingRecord {
  key: string
  value: unknown
}

/** The name of the IndexedDB database the app uses. */
export const LOCAL_DATABASE_NAME = 'samskriv'

/**
 * The device's IndexedDB database: Yjs updates per document, the document list cache, per
 * document sync flags and settings.
 */
export class LocalDatabase extends Dexie {
  declare readonly updates: Table<StoredUpdate, number>
  declare readonly documents: Table<DocumentRecord, DocumentId>
  declare readonly syncStates: Table<DocumentSyncState, DocumentId>
  declare readonly settings: Table<SettingRecord, string>

  constructor(name: string = LOCAL_DATABASE_NAME) {
    super(name)
    this.version(1).stores({
      updates: '++id, documentId',
      documents: 'id',
      syncStates: 'documentId',
      settings: 'key',
    })
  }
}
