import type {
  ActivityEntry,
  ActivityQuery,
  DecisionEntry,
  DecisionQuery,
  DocumentRegisters,
  DocumentStatus,
  DocumentType,
  FollowUpState,
} from '@samskriv/shared'
import type { AccountStore, AuditLog } from './AccountStore.js'
import type { ApprovalStore } from './ApprovalStore.js'
import type { FollowUpStore } from './FollowUpStore.js'
import type { SnapshotStore } from './SnapshotStore.js'
import type { MailOutbox } from './MailOutbox.js'
import type { MentionStore } from './MentionStore.js'

/** What a room's update log holds, oldest first; a compacted snapshot, if any, comes first. */
export interface StoredUpdates {
  /** The updates to apply, in order. */
  readonly updates: Uint8Array[]
  /** The sequence number of the last entry (0 when the log is empty). */
  readonly lastSeq: number
}

/** What an append must hold to: refuse it unless this document is a draft (client edits of content). */
export interface AppendGuard {
  readonly whileDraft: string
}

/** An append was refused: the document is no longer a draft (approved or frozen meanwhile). */
export class DocumentLockedError extends Error {
  constructor(readonly documentId: string) {
    super(`document ${documentId} is locked`)
    this.name = 'DocumentLockedError'
  }
}

/**
 * The durable log of Yjs updates per relay room. `append` resolves only once the updates are
 * committed to stable storage: the relay relays and acknowledges nothing before that. Sequence
 * numbers of a room increase in commit order, also when several processes append to it.
 */
export interface UpdateStore {
  /** Every stored update of a room, oldest first. */
  load(room: string): Promise<StoredUpdates>
  /**
   * The entries committed after `afterSeq`, oldest first (a snapshot that replaced some of them
   * comes first); `lastSeq` is the newest sequence number among them (`afterSeq` when there are
   * none): every entry through it has been returned or was asked to be left out.
   */
  loadSince(room: string, afterSeq: number): Promise<StoredUpdates>
  /**
   * Appends updates in one durable transaction; resolves with the new last sequence number.
   * With a guard, throws {@link DocumentLockedError} (and stores nothing) unless the document is a
   * draft at the moment of the commit.
   */
  append(room: string, updates: readonly Uint8Array[], guard?: AppendGuard): Promise<number>
  /**
   * Replaces every entry up to and including `throughSeq` by `snapshot` (the merged state), in one
   * transaction; entries appended after `throughSeq` are kept.
   */
  compact(room: string, snapshot: Uint8Array, throughSeq: number): Promise<void>
  /**
   * Runs `work` while no other process can append to the room or run exclusive work on it (a
   * transition: approval, justering, revision); `work` is given the entries committed after
   * `afterSeq`, so it sees every committed update. One process alone needs no more than its room queue.
   */
  exclusive<T>(room: string, afterSeq: number, work: (missed: StoredUpdates) => Promise<T>): Promise<T>
}

/** A document as the catalog records it. Times are ISO 8601 strings (UTC). */
export interface DocumentRecord {
  readonly id: string
  readonly type: DocumentType
  readonly title: string
  readonly createdAt: string
  readonly updatedAt: string
  /** When it was moved to the trash; null while it is not there. */
  readonly deletedAt: string | null
  /** The owning group; null for documents from before accounts. */
  readonly groupId: string | null
  /** draft, justering (frozen) or approved (locked). */
  readonly status: DocumentStatus
  /** The revision being written or last approved. */
  readonly revision: number
  /** The newest approved version, or null. */
  readonly approvedVersion: number | null
}

/** The fields of a record that change after creation. */
export type DocumentRecordPatch = Partial<
  Pick<
    DocumentRecord,
    'type' | 'title' | 'updatedAt' | 'deletedAt' | 'groupId' | 'status' | 'revision' | 'approvedVersion'
  >
>

/** The list of documents: what the document list and its API show. */
export interface DocumentCatalog {
  /** Live documents (or, with `trashed`, those in the trash), most recently changed first. */
  list(options: { trashed: boolean }): Promise<DocumentRecord[]>
  /** One document, trashed or not; null when unknown. */
  get(id: string): Promise<DocumentRecord | null>
  /** Inserts a new record; false (and no change) when the id already exists. */
  insert(record: DocumentRecord): Promise<boolean>
  /** Changes a record; resolves with the new record, or null when the id is unknown. */
  update(id: string, patch: DocumentRecordPatch): Promise<DocumentRecord | null>
}

/** A page of register entries and how many match in all. */
export interface RegisterPage<T> {
  readonly entries: T[]
  readonly total: number
}

/** Whose documents a register query may see: every document, or those of these groups. */
export type RegisterScope = 'all' | readonly string[]

/**
 * The decision register and activity overview: derived from documents as they change (never
 * edited directly), so they can always be rebuilt from the stored updates.
 */
export interface RegisterStore {
  /**
   * Replaces one document's decisions and activities, and records the update `seq` they reflect;
   * a projection older than the stored one (another process got there first) changes nothing.
   */
  replaceDocument(documentId: string, registers: DocumentRegisters, projectedSeq: number): Promise<void>
  /**
   * Records an activity's follow-up state (derived from the follow-up log); its status then counts
   * before the plan's in queries and filters.
   */
  setFollowUp(documentId: string, activityId: string, state: FollowUpState): Promise<void>
  /** Documents whose stored updates are newer than their registers (e.g. after a crash). */
  staleDocuments(): Promise<string[]>
  /** Decisions of documents not in the trash and in the scope, newest first. */
  queryDecisions(query: DecisionQuery, scope: RegisterScope): Promise<RegisterPage<DecisionEntry>>
  /** Activities of documents not in the trash and in the scope, newest plan period first. */
  queryActivities(query: ActivityQuery, scope: RegisterScope): Promise<RegisterPage<ActivityEntry>>
  /** The activities linked to any of these decisions (documents not in the trash, in the scope). */
  activitiesForDecisions(decisionIds: readonly string[], scope: RegisterScope): Promise<ActivityEntry[]>
}

/** A rendered export of an approved version (PDF, Markdown, HTML): made once, never changed. */
export interface StoredExport {
  readonly documentId: string
  readonly number: number
  readonly format: string
  readonly contentType: string
  readonly fileName: string
  readonly body: Uint8Array
  readonly createdAt: string
}

/** Exports stored beside the approved versions they render, so each is rendered once. */
export interface ExportStore {
  /** The stored export of a version in a format, or null. */
  get(documentId: string, number: number, format: string): Promise<StoredExport | null>
  /** Stores an export; when one is stored already (rendered twice at once), keeps and answers that one. */
  put(file: StoredExport): Promise<StoredExport>
}

/** What people did when, for limits over time (documents created per hour). */
export interface UsageLog {
  /**
   * Records that `actorId` did `action` at `at`, unless they did it `max` times at or after
   * `since`: then nothing is recorded and it answers false. One transaction; older entries of
   * theirs for the action are forgotten.
   */
  claim(action: string, actorId: string, at: string, window: { since: string; max: number }): Promise<boolean>
}

/**
 * Everything the server stores, behind one narrow interface, so that SQLite (the default), memory
 * (tests) and PostgreSQL (several processes) are interchangeable.
 */
export interface Storage {
  readonly updates: UpdateStore
  readonly catalog: DocumentCatalog
  readonly registers: RegisterStore
  readonly accounts: AccountStore
  readonly approvals: ApprovalStore
  readonly audit: AuditLog
  /** The follow-up of approved action plans. */
  readonly followUps: FollowUpStore
  /** The automatic history of drafts. */
  readonly snapshots: SnapshotStore
  /** Who is mentioned in comments (to-dos). */
  readonly mentions: MentionStore
  /** Notification e-mails, sent and waiting. */
  readonly mail: MailOutbox
  readonly exports: ExportStore
  readonly usage: UsageLog
  /** Cheap liveness probe for /healthz; throws when the store cannot be read. */
  check(): Promise<void>
  /** Flushes and releases the store. */
  close(): Promise<void>
}

/** A record for a newly registered document: a draft in revision 1. */
export function newDocumentRecord(fields: {
  id: string
  type: DocumentType
  title: string
  at: string
  groupId?: string | null
}): DocumentRecord {
  return {
    id: fields.id,
    type: fields.type,
    title: fields.title,
    createdAt: fields.at,
    updatedAt: fields.at,
    deletedAt: null,
    groupId: fields.groupId ?? null,
    status: 'draft',
    revision: 1,
    approvedVersion: null,
  }
}
