import type { Database, Statement } from 'better-sqlite3'
import { settle } from './settle.js'
import type { ExportStore, StoredExport } from './Storage.js'

interface ExportRow {
  document_id: string
  number: number
  format: string
  content_type: string
  file_name: string
  body: Buffer
  created_at: string
}

const toExport = (r: ExportRow): StoredExport => ({
  documentId: r.document_id,
  number: r.number,
  format: r.format,
  contentType: r.content_type,
  fileName: r.file_name,
  body: new Uint8Array(r.body.buffer, r.body.byteOffset, r.body.byteLength),
  createdAt: r.created_at,
})

/** Exports of approved versions in SQLite (`version_exports`; triggers refuse changing one). */
export class SqliteExportStore implements ExportStore {
  private readonly select: Statement<[string, number, string], ExportRow>
  private readonly insert: Statement<[string, number, string, string, string, Uint8Array, string]>

  constructor(private readonly db: Database) {
    this.select = db.prepare('SELECT * FROM version_exports WHERE document_id = ? AND number = ? AND format = ?')
    this.insert = db.prepare(
      'INSERT OR IGNORE INTO version_exports (document_id, number, format, content_type, file_name, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
  }

  get(documentId: string, number: number, format: string): Promise<StoredExport | null> {
    return settle(() => {
      const row = this.select.get(documentId, number, format)
      return row ? toExport(row) : null
    })
  }

  put(file: StoredExport): Promise<StoredExport> {
    return settle(
      this.db.transaction(() => {
        const { documentId, number, format } = file
        this.insert.run(documentId, number, format, file.contentType, file.fileName, file.body, file.createdAt)
        return toExport(this.select.get(documentId, number, format)!)
      }),
    )
  }
}
