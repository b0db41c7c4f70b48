import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3'
import { documentTypeSchema } from '@samskriv/shared'
import { settle } from './settle.js'
import { SqliteRegisterStore } from './SqliteRegisterStore.js'
import { migrate } from './sqliteMigrations.js'
import type {
  DocumentCatalog,
  DocumentRecord,
  DocumentRecordPatch,
  RegisterStore,
  Storage,
  StoredUpdates,
  UpdateStore,
} from './Storage.js'

interface DocumentRow {
  id: string
  type: string
  title: string
  created_at: string
  updated_at: string
  deleted_at: string | null
}

function toRecord(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    type: documentTypeSchema.parse(row.type),
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  }
}

class SqliteUpdateStore implements UpdateStore {
  private readonly selectLog: Statement<[string], { seq: number; data: Buffer }>
  private readonly selectLastSeq: Statement<[string], { seq: number | null }>
  private readonly insertUpdate: Statement<[string, number, Uint8Array]>
  private readonly deleteThrough: Statement<[string, number]>

  constructor(private readonly db: Database) {
    this.selectLog = db.prepare('SELECT seq, data FROM room_updates WHERE room = ? ORDER BY seq')
    this.selectLastSeq = db.prepare('SELECT max(seq) AS seq FROM room_updates WHERE room = ?')
    this.insertUpdate = db.prepare('INSERT INTO room_updates (room, seq, data) VALUES (?, ?, ?)')
    this.deleteThrough = db.prepare('DELETE FROM room_updates WHERE room = ? AND seq <= ?')
  }

  load(room: string): Promise<StoredUpdates> {
    return settle(() => {
      const rows = this.selectLog.all(room)
      return {
        updates: rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
        lastSeq: rows.at(-1)?.seq ?? 0,
      }
    })
  }

  append(room: string, updates: readonly Uint8Array[]): Promise<number> {
    return settle(
      this.db.transaction(() => {
        let seq = this.selectLastSeq.get(room)?.seq ?? 0
        for (const update of updates) this.insertUpdate.run(room, ++seq, update)
        return seq
      }),
    )
  }

  compact(room: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    return settle(
      this.db.transaction(() => {
        this.deleteThrough.run(room, throughSeq)
        this.insertUpdate.run(room, throughSeq, snapshot)
      }),
    )
  }
}

class SqliteCatalog implements DocumentCatalog {
  private readonly selectList: Statement<[number], DocumentRow>
  private readonly selectOne: Statement<[string], DocumentRow>
  private readonly insertRow: Statement<[string, string, string, string, string, string | null]>

  constructor(private readonly db: Database) {
    this.selectList = db.prepare(
      `SELECT * FROM documents WHERE (deleted_at IS NOT NULL) = ? ORDER BY updated_at DESC, id`,
    )
    this.selectOne = db.prepare('SELECT * FROM documents WHERE id = ?')
    this.insertRow = db.prepare(
      `INSERT INTO documents (id, type, title, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    )
  }

  list({ trashed }: { trashed: boolean }): Promise<DocumentRecord[]> {
    return settle(() => this.selectList.all(trashed ? 1 : 0).map(toRecord))
  }

  get(id: string): Promise<DocumentRecord | null> {
    return settle(() => {
      const row = this.selectOne.get(id)
      return row ? toRecord(row) : null
    })
  }

  insert(r: DocumentRecord): Promise<boolean> {
    return settle(() => this.insertRow.run(r.id, r.type, r.title, r.createdAt, r.updatedAt, r.deletedAt).changes === 1)
  }

  update(id: string, patch: DocumentRecordPatch): Promise<DocumentRecord | null> {
    return settle(
      this.db.transaction(() => {
        const row = this.selectOne.get(id)
        if (!row) return null
        const next = { ...toRecord(row), ...patch }
        this.db
          .prepare('UPDATE documents SET type = ?, title = ?, updated_at = ?, deleted_at = ? WHERE id = ?')
          .run(next.type, next.title, next.updatedAt, next.deletedAt, id)
        return next
      }),
    )
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
  private readonly db: Database

  constructor(dataDir: string, fileName = 'samskriv.sqlite') {
    fs.mkdirSync(dataDir, { recursive: true })
    this.db = new BetterSqlite3(path.join(dataDir, fileName))
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = FULL')
    this.db.pragma('busy_timeout = 5000')
    this.db.pragma('foreign_keys = ON')
    migrate(this.db)
    this.updates = new SqliteUpdateStore(this.db)
    this.catalog = new SqliteCatalog(this.db)
    this.registers = new SqliteRegisterStore(this.db)
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
