import type pg from 'pg'
import { toDocumentRecord, type DocumentRow } from '../SqliteCatalog.js'
import type { DocumentCatalog, DocumentRecord, DocumentRecordPatch } from '../Storage.js'
import type { Queryable } from './pgClient.js'

const COLUMNS: Record<keyof DocumentRecordPatch, string> = {
  type: 'type',
  title: 'title',
  updatedAt: 'updated_at',
  deletedAt: 'deleted_at',
  groupId: 'group_id',
  status: 'status',
  revision: 'revision',
  approvedVersion: 'approved_version',
}

/** Changes a document's record in one statement; null when the id is unknown. */
export async function updateDocument(
  q: Queryable,
  id: string,
  patch: DocumentRecordPatch,
): Promise<DocumentRecord | null> {
  const fields = (Object.keys(patch) as Array<keyof DocumentRecordPatch>).filter((k) => patch[k] !== undefined)
  const { rows } =
    fields.length === 0
      ? await q.query<DocumentRow>('SELECT * FROM documents WHERE id = $1', [id])
      : await q.query<DocumentRow>(
          `UPDATE documents SET ${fields.map((f, i) => `${COLUMNS[f]} = $${i + 2}`).join(', ')} WHERE id = $1 RETURNING *`,
          [id, ...fields.map((f) => patch[f])],
        )
  return rows[0] ? toDocumentRecord(rows[0]) : null
}

/** The document list in PostgreSQL. */
export class PostgresCatalog implements DocumentCatalog {
  constructor(private readonly pool: pg.Pool) {}

  async list({ trashed }: { trashed: boolean }): Promise<DocumentRecord[]> {
    const { rows } = await this.pool.query<DocumentRow>(
      `SELECT * FROM documents WHERE (deleted_at IS NOT NULL) = $1 ORDER BY updated_at DESC, id`,
      [trashed],
    )
    return rows.map(toDocumentRecord)
  }

  get(id: string): Promise<DocumentRecord | null> {
    return updateDocument(this.pool, id, {})
  }

  async insert(r: DocumentRecord): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO documents (id, type, title, created_at, updated_at, deleted_at, group_id, status, revision, approved_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
      [
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
      ],
    )
    return result.rowCount === 1
  }

  update(id: string, patch: DocumentRecordPatch): Promise<DocumentRecord | null> {
    return updateDocument(this.pool, id, patch)
  }
}
