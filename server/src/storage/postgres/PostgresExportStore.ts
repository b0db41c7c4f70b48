import type pg from 'pg'
import { bytes } from '../SqliteApprovalStore.js'
import type { ExportStore, StoredExport } from '../Storage.js'
import { toBuffer } from './pgClient.js'

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
  body: bytes(r.body),
  createdAt: r.created_at,
})

const SELECT = 'SELECT * FROM version_exports WHERE document_id = $1 AND number = $2 AND format = $3'

/** Exports of approved versions in PostgreSQL (`version_exports`; triggers refuse changing one). */
export class PostgresExportStore implements ExportStore {
  constructor(private readonly pool: pg.Pool) {}

  async get(documentId: string, number: number, format: string): Promise<StoredExport | null> {
    const { rows } = await this.pool.query<ExportRow>(SELECT, [documentId, number, format])
    return rows[0] ? toExport(rows[0]) : null
  }

  async put(file: StoredExport): Promise<StoredExport> {
    const { documentId, number, format } = file
    // Of two processes rendering the same export at once, the first stored is kept and answered.
    await this.pool.query(
      `INSERT INTO version_exports (document_id, number, format, content_type, file_name, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [documentId, number, format, file.contentType, file.fileName, toBuffer(file.body), file.createdAt],
    )
    const { rows } = await this.pool.query<ExportRow>(SELECT, [documentId, number, format])
    return toExport(rows[0]!)
  }
}
