import type { Database, Statement } from 'better-sqlite3'
import { documentStatusSchema, documentTypeSchema } from '@samskriv/shared'
import { settle } from './settle.js'
import type { DocumentCatalog, DocumentRecord, DocumentRecordPatch } from './Storage.js'

export interface DocumentRow {
  id: string
  type: string
  title: string
  created_at: string
  updated_at: string
  deleted_at: string | null
  group_id: string | null
  status: string
  revision: number
  approved_version: number | null
}

export function toDocumentRecord(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    type: documentTypeSchema.parse(row.type),
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    groupId: row.group_id,
    status: documentStatusSchema.parse(row.status),
    revision: row.revision,
    approvedVersion: row.approved_version,
  }
}

/** The document list in SQLite. */
export class SqliteCatalog implements DocumentCatalog {
  private readonly selectList: Statement<[number], DocumentRow>
  private readonly selectOne: Statement<[string], DocumentRow>

  constructor(private readonly db: Database) {
    this.selectList = db.prepare(
      `SELECT * FROM documents WHERE (deleted_at IS NOT NULL) = ? ORDER BY updated_at DESC, id`,
    )
    this.selectOne = db.prepare('SELECT * FROM documents WHERE id = ?')
  }

  list({ trashed }: { trashed: boolean }): Promise<DocumentRecord[]> {
    return settle(() => this.selectList.all(trashed ? 1 : 0).map(toDocumentRecord))
  }

  get(id: string): Promise<DocumentRecord | null> {
    return settle(() => {
      const row = this.selectOne.get(id)
      return row ? toDocumentRecord(row) : null
    })
  }

  insert(r: DocumentRecord): Promise<boolean> {
    return settle(
      () =>
        this.db
          .prepare(
            `INSERT INTO documents (id, type, title, created_at, updated_at, deleted_at, group_id, status, revision, approved_version)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          )
          .run(
            r.id,
            r.type,
            r.title,
            r.createdAt,
            r.updatedAt,
            r.deletedAt,
            r.groupId,
            r.status,
            r.revision,
            r.approvedVersion,
          ).changes === 1,
    )
  }

  update(id: string, patch: DocumentRecordPatch): Promise<DocumentRecord | null> {
    return settle(() => this.updateNow(id, patch))
  }

  /** The synchronous update, for transactions that span several tables. */
  updateNow(id: string, patch: DocumentRecordPatch): DocumentRecord | null {
    return this.db.transaction(() => {
      const row = this.selectOne.get(id)
      if (!row) return null
      const next = { ...toDocumentRecord(row), ...patch }
      this.db
        .prepare(
          `UPDATE documents SET type = ?, title = ?, updated_at = ?, deleted_at = ?, group_id = ?, status = ?,
           revision = ?, approved_version = ? WHERE id = ?`,
        )
        .run(
          next.type,
          next.title,
          next.updatedAt,
          next.deletedAt,
          next.groupId,
          next.status,
          next.revision,
          next.approvedVersion,
          id,
        )
      return next
    })()
  }
}
