import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3'
import type { AccountStore, AuditLog } from './AccountStore.js'
import type { ApprovalStore } from './ApprovalStore.js'
import { SqliteAccountStore } from './SqliteAccountStore.js'
import { SqliteAuditLog } from './SqliteAuditLog.js'
import { SqliteApprovalStore } from './SqliteApprovalStore.js'
import { SqliteCatalog } from './SqliteCatalog.js'
import { SqliteFollowUpStore } from './SqliteFollowUpStore.js'
import { SqliteSnapshotStore } from './SqliteSnapshotStore.js'
import type { SnapshotStore } from './SnapshotStore.js'
import type { FollowUpStore } from './FollowUpStore.js'
import type { MailOutbox } from './MailOutbox.js'
import type { MentionStore } from './MentionStore.js'
import { SqliteMailOutbox } from './SqliteMailOutbox.js'
import { SqliteMentionStore } from './SqliteMentionStore.js'
import { SqliteExportStore } from './SqliteExportStore.js'
import { SqliteUsageLog } from './SqliteUsageLog.js'
import { settle } from './settle.js'
import { SqliteRegisterStore } from './SqliteRegisterStore.js'
import { migrate } from './sqliteMigrations.js'
import {
  DocumentLockedError,
  type AppendGuard,
  type DocumentCatalog,
  type ExportStore,
  type RegisterStore,
  type Storage,
  type StoredUpdates,
  type UpdateStore,
  type UsageLog,
} from './Storage.js'

/** The WAL size past which a compaction also checkpoints and truncates the WAL. */
const WAL_SHRINK_BYTES = 1024 * 1024

class SqliteUpdateStore implements UpdateStore {
  private readonly selectLog: Statement<[string, number], { seq: number; data: Buffer }>
  private readonly selectLastSeq: Statement<[string], { seq: number | null }>
  private readonly insertUpdate: Statement<[string, number, Uint8Array]>
  private readonly deleteThrough: Statement<[string, number]>
  private readonly selectStatus: Statement<[string], { status: string }>

  constructor(
    private readonly db: Database,
    private readonly walPath: string,
  ) {
    this.selectLog = db.prepare('SELECT seq, data FROM room_updates WHERE room = ? AND seq > ? ORDER BY seq')
    this.selectLastSeq = db.prepare('SELECT max(seq) AS seq FROM room_updates WHERE room = ?')
    this.insertUpdate = db.prepare('INSERT INTO room_updates (room, seq, data) VALUES (?, ?, ?)')
    this.deleteThrough = db.prepare('DELETE FROM room_updates WHERE room = ? AND seq <= ?')
    this.selectStatus = db.prepare('SELECT status FROM documents WHERE id = ?')
  }

  load(room: string): Promise<StoredUpdates> {
    return this.loadSince(room, 0)
  }

  loadSince(room: string, afterSeq: number): Promise<StoredUpdates> {
    return settle(() => {
      const rows = this.selectLog.all(room, afterSeq)
      return {
        updates: rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
        lastSeq: rows.at(-1)?.seq ?? this.selectLastSeq.get(room)?.seq ?? 0,
      }
    })
  }

  append(room: string, updates: readonly Uint8Array[], guard?: AppendGuard): Promise<number> {
    return settle(
      this.db.transaction(() => {
        const status = guard ? this.selectStatus.get(guard.whileDraft)?.status : undefined
        if (status !== undefined && status !== 'draft') throw new DocumentLockedError(guard!.whileDraft)
        let seq = this.selectLastSeq.get(room)?.seq ?? 0
        for (const update of updates) this.insertUpdate.run(room, ++seq, update)
        return seq
      }),
    )
  }

  /** One process writes an SQLite database: its room queue already runs transitions one at a time. */
  async exclusive<T>(room: string, afterSeq: number, work: (missed: StoredUpdates) => Promise<T>): Promise<T> {
    return work(await this.loadSince(room, afterSeq))
  }

  compact(room: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    return settle(() => {
      this.db.transaction(() => {
        this.deleteThrough.run(room, throughSeq)
        this.insertUpdate.run(room, throughSeq, snapshot)
      })()
      this.shrinkWal()
    })
  }

  /**
   * After a compaction the WAL mostly holds pages of log rows that no longer exist; when it has
   * grown past {@link WAL_SHRINK_BYTES}, fold it into the main file and truncate it, so the files on
   * disk stay close to the documents' size instead of keeping the WAL's high-water mark.
   */
  private shrinkWal(): void {
    let walBytes: number
    try {
      walBytes = fs.statSync(this.walPath).size
    } catch {
      return
    }
    if (walBytes <= WAL_SHRINK_BYTES) return
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)')
    } catch {
      // The compaction is committed; a WAL that could not shrink now (a full disk) shrinks later.
    }
  }
}

/**
 * Makes the data directory (0700) and the database file (0600) readable by the server's user
 * only, creating them so; an existing directory or file is narrowed. SQLite gives its WAL and
 * shared-memory files the database file's mode.
 */
function restrictAccess(dataDir: string, file: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  fs.chmodSync(dataDir, 0o700)
  fs.closeSync(fs.openSync(file, 'a', 0o600))
  for (const existing of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(existing)) fs.chmodSync(existing, 0o600)
  }
}

/**
 * SQLite storage under `dataDir`: WAL journal with `synchronous=FULL`, so a transaction that has
 * returned survives a crash or power loss, and readers never block the writer.
 */
export class SqliteStorage implements Storage {
  readonly updates: UpdateStore
  readonly catalog: DocumentCatalog
  readonly registers: RegisterStore
  readonly accounts: AccountStore
  readonly approvals: ApprovalStore
  readonly audit: AuditLog
  readonly followUps: FollowUpStore
  readonly snapshots: SnapshotStore
  readonly mentions: MentionStore
  readonly mail: MailOutbox
  readonly exports: ExportStore
  readonly usage: UsageLog
  private readonly db: Database

  constructor(dataDir: string, fileName = 'samskriv.sqlite') {
    const file = path.join(dataDir, fileName)
    restrictAccess(dataDir, file)
    this.db = new BetterSqlite3(file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = FULL')
    this.db.pragma('busy_timeout = 5000')
    this.db.pragma('foreign_keys = ON')
    migrate(this.db)
    this.updates = new SqliteUpdateStore(this.db, `${file}-wal`)
    const catalog = new SqliteCatalog(this.db)
    this.catalog = catalog
    this.registers = new SqliteRegisterStore(this.db)
    this.accounts = new SqliteAccountStore(this.db)
    this.approvals = new SqliteApprovalStore(this.db, catalog)
    this.audit = new SqliteAuditLog(this.db)
    this.followUps = new SqliteFollowUpStore(this.db)
    this.snapshots = new SqliteSnapshotStore(this.db)
    this.mentions = new SqliteMentionStore(this.db)
    this.mail = new SqliteMailOutbox(this.db)
    this.exports = new SqliteExportStore(this.db)
    this.usage = new SqliteUsageLog(this.db)
  }

  check(): Promise<void> {
    return settle(() => {
      this.db.prepare('SELECT 1').get()
    })
  }

  close(): Promise<void> {
    return settle(() => {
      if (!this.db.open) return
      // Folds the WAL back into the main file so a copied data directory is one file.
      this.db.pragma('wal_checkpoint(TRUNCATE)')
      this.db.close()
    })
  }
}
