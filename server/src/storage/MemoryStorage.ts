import type { AccountStore, AuditLog } from './AccountStore.js'
import type { ApprovalStore } from './ApprovalStore.js'
import { MemoryAccountStore, MemoryAuditLog } from './MemoryAccountStore.js'
import { MemoryApprovalStore } from './MemoryApprovalStore.js'
import { MemoryFollowUpStore } from './MemoryFollowUpStore.js'
import { MemorySnapshotStore } from './MemorySnapshotStore.js'
import type { SnapshotStore } from './SnapshotStore.js'
import type { FollowUpStore } from './FollowUpStore.js'
import type { MailOutbox } from './MailOutbox.js'
import { MemoryMailOutbox } from './MemoryMailOutbox.js'
import { MemoryMentionStore } from './MemoryMentionStore.js'
import type { MentionStore } from './MentionStore.js'
import { MemoryExportStore } from './MemoryExportStore.js'
import { MemoryUsageLog } from './MemoryUsageLog.js'
import { MemoryRegisterStore } from './MemoryRegisterStore.js'
import {
  DocumentLockedError,
  type AppendGuard,
  type DocumentCatalog,
  type DocumentRecord,
  type DocumentRecordPatch,
  type ExportStore,
  type RegisterScope,
  type RegisterStore,
  type Storage,
  type StoredUpdates,
  type UpdateStore,
  type UsageLog,
} from './Storage.js'

interface LogEntry {
  readonly seq: number
  readonly data: Uint8Array
}

class MemoryUpdateStore implements UpdateStore {
  private readonly logs = new Map<string, LogEntry[]>()
  readonly lastSeqs = new Map<string, number>()

  constructor(private readonly statusOf: (documentId: string) => string | undefined) {}

  load(room: string): Promise<StoredUpdates> {
    return this.loadSince(room, 0)
  }

  loadSince(room: string, afterSeq: number): Promise<StoredUpdates> {
    const log = (this.logs.get(room) ?? []).filter((e) => e.seq > afterSeq)
    return Promise.resolve({ updates: log.map((e) => e.data), lastSeq: this.lastSeqs.get(room) ?? 0 })
  }

  append(room: string, updates: readonly Uint8Array[], guard?: AppendGuard): Promise<number> {
    const status = guard ? this.statusOf(guard.whileDraft) : undefined
    if (status !== undefined && status !== 'draft') return Promise.reject(new DocumentLockedError(guard!.whileDraft))
    const log = this.logs.get(room) ?? []
    let seq = this.lastSeqs.get(room) ?? 0
    // Copies, so a caller reusing its buffers cannot change what was "stored".
    for (const update of updates) log.push({ seq: ++seq, data: update.slice() })
    this.logs.set(room, log)
    this.lastSeqs.set(room, seq)
    return Promise.resolve(seq)
  }

  async exclusive<T>(room: string, afterSeq: number, work: (missed: StoredUpdates) => Promise<T>): Promise<T> {
    return work(await this.loadSince(room, afterSeq))
  }

  compact(room: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const rest = (this.logs.get(room) ?? []).filter((e) => e.seq > throughSeq)
    this.logs.set(room, [{ seq: throughSeq, data: snapshot.slice() }, ...rest])
    return Promise.resolve()
  }
}

class MemoryCatalog implements DocumentCatalog {
  private readonly records = new Map<string, DocumentRecord>()

  /** Registered and in the scope: whether it is in the trash, was ever approved, and its status; else null. */
  stateOf(
    id: string,
    scope: RegisterScope = 'all',
  ): { trashed: boolean; approved: boolean; status: DocumentRecord['status'] } | null {
    const record = this.records.get(id)
    if (record === undefined) return null
    if (scope !== 'all' && (record.groupId === null || !scope.includes(record.groupId))) return null
    return { trashed: record.deletedAt !== null, approved: record.approvedVersion !== null, status: record.status }
  }

  statusOf(id: string): string | undefined {
    return this.records.get(id)?.status
  }

  list({ trashed }: { trashed: boolean }): Promise<DocumentRecord[]> {
    const found = [...this.records.values()].filter((r) => (r.deletedAt !== null) === trashed)
    found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
    return Promise.resolve(found)
  }

  get(id: string): Promise<DocumentRecord | null> {
    return Promise.resolve(this.records.get(id) ?? null)
  }

  insert(record: DocumentRecord): Promise<boolean> {
    if (this.records.has(record.id)) return Promise.resolve(false)
    this.records.set(record.id, { ...record })
    return Promise.resolve(true)
  }

  update(id: string, patch: DocumentRecordPatch): Promise<DocumentRecord | null> {
    const current = this.records.get(id)
    if (!current) return Promise.resolve(null)
    const next = { ...current, ...patch }
    this.records.set(id, next)
    return Promise.resolve(next)
  }
}

/** Storage that lives and dies with the process: for tests and throwaway servers. */
export class MemoryStorage implements Storage {
  private readonly documents = new MemoryCatalog()
  private readonly log = new MemoryUpdateStore((id) => this.documents.statusOf(id))
  readonly updates: UpdateStore = this.log
  readonly catalog: DocumentCatalog = this.documents
  readonly accounts: AccountStore = new MemoryAccountStore()
  readonly approvals: ApprovalStore = new MemoryApprovalStore(this.documents)
  readonly audit: AuditLog = new MemoryAuditLog()
  readonly followUps: FollowUpStore = new MemoryFollowUpStore()
  readonly snapshots: SnapshotStore = new MemorySnapshotStore()
  readonly mentions: MentionStore = new MemoryMentionStore()
  readonly mail: MailOutbox = new MemoryMailOutbox()
  readonly exports: ExportStore = new MemoryExportStore()
  readonly usage: UsageLog = new MemoryUsageLog()
  readonly registers: RegisterStore = new MemoryRegisterStore(
    (id, scope) => this.documents.stateOf(id, scope),
    () => this.log.lastSeqs,
  )

  check(): Promise<void> {
    return Promise.resolve()
  }

  close(): Promise<void> {
    return Promise.resolve()
  }
}
