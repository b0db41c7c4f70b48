import { Dexie, type Table } from 'dexie'
import type { DocumentId, DocumentStatus, DocumentType, FollowUpEntry, RecordFollowUpRequest } from '@samskriv/shared'

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
  /**
   * Written on this device from other content than the type's template (a protocol started from
   * its body's previous one): the registration asks the server not to write the template. Absent:
   * from the template.
   */
  withoutTemplate?: boolean
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

/**
 * Edits this device made to a document that was approved (or frozen, or moved to a newer revision)
 * meanwhile, which the relay refused: kept here until `POST /api/documents/:id/proposals` has
 * taken them, so nothing is lost while the server is out of reach.
 */
export interface PendingProposal {
  /** Auto-incremented key; absent until stored. */
  id?: number
  documentId: DocumentId
  /** The revision the edits were made in. */
  baseRevision: number
  /** The edits: a Yjs update of what the relay lacked. */
  update: Uint8Array
  /** ISO time the relay refused them. */
  createdAt: string
  /**
   * The API's error code when it refused the proposal itself (it is then kept, not retried, and
   * shown); null while it may still be sent.
   */
  refusedCode: string | null
}

/**
 * A follow-up written on this device that the server has not taken yet (offline, or out of reach):
 * kept until `POST /api/documents/:id/follow-up` answers, then replaced by the server's entry.
 */
export interface PendingFollowUp {
  /** The entry's id (chosen here, so sending it twice stores it once). */
  id: string
  documentId: DocumentId
  request: RecordFollowUpRequest & { writtenAt: string }
  /** Who wrote it, as the device knows (the server sets the author from the sign-in). */
  authorName: string
  /** The API's error code when it refused the entry (kept, not sent again); null while it may be sent. */
  refusedCode: string | null
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
 * document sync flags, settings and refused edits waiting to be sent as proposals.
 */
export class LocalDatabase extends Dexie {
  declare readonly updates: Table<StoredUpdate, number>
  declare readonly documents: Table<DocumentRecord, DocumentId>
  declare readonly syncStates: Table<DocumentSyncState, DocumentId>
  declare readonly settings: Table<SettingRecord, string>
  declare readonly pendingProposals: Table<PendingProposal, number>
  /** The follow-up logs of approved plans as the server last sent them (read offline). */
  declare readonly followUps: Table<FollowUpEntry, string>
  /** Follow-ups written here, on their way to the server. */
  declare readonly pendingFollowUps: Table<PendingFollowUp, string>

  constructor(name: string = LOCAL_DATABASE_NAME) {
    super(name)
    this.version(1).stores({
      updates: '++id, documentId',
      documents: 'id',
      syncStates: 'documentId',
      settings: 'key',
    })
    this.version(2).stores({ pendingProposals: '++id, documentId' })
    this.version(3).stores({ followUps: 'id, documentId', pendingFollowUps: 'id, documentId' })
  }
}
