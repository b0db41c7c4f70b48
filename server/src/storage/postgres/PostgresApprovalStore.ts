import type pg from 'pg'
import type {
  ApprovalStore,
  JusteringRecord,
  ProposalLimits,
  ProposalRecord,
  SignerRecord,
  VersionRecord,
} from '../ApprovalStore.js'
import { bytes, must, toVersion, type VersionRow } from '../SqliteApprovalStore.js'
import type { DocumentRecord } from '../Storage.js'
import { updateDocument } from './PostgresCatalog.js'
import { inTransaction, toBuffer, type Queryable } from './pgClient.js'

interface ProposalRow {
  id: string
  document_id: string
  base_revision: number
  data: Buffer
  author_id: string
  name: string | null
  created_at: string
  summary: string
  preview: string
  status: string
}

const toProposal = (r: ProposalRow): ProposalRecord => ({
  id: r.id,
  documentId: r.document_id,
  baseRevision: r.base_revision,
  data: bytes(r.data),
  author: { id: r.author_id, name: r.name ?? r.author_id },
  createdAt: r.created_at,
  summary: r.summary,
  preview: r.preview,
  status: r.status === 'applied' || r.status === 'dismissed' ? r.status : 'open',
})

/** How many open proposals a document has, and how many of them are this author's. */
async function openProposals(q: Queryable, documentId: string, authorId: string) {
  const { rows } = await q.query<{ total: number; theirs: number }>(
    `SELECT count(*) AS total, count(*) FILTER (WHERE author_id = $2) AS theirs FROM proposals
     WHERE document_id = $1 AND status = 'open'`,
    [documentId, authorId],
  )
  return rows[0] ?? { total: 0, theirs: 0 }
}

async function setStatus(q: Queryable, documentId: string, patch: Parameters<typeof updateDocument>[2]) {
  return must(await updateDocument(q, documentId, patch), `document ${documentId}`)
}

async function insertVersion(q: Queryable, v: VersionRecord): Promise<DocumentRecord> {
  await q.query(
    `INSERT INTO versions (document_id, number, state, body_json, html, title, type, hash, approved_by, approved_by_name,
      approved_at, on_behalf_of, method, decision_document_id, decision_id, signed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [
      v.documentId,
      v.number,
      toBuffer(v.state),
      v.bodyJson,
      v.html,
      v.title,
      v.type,
      v.hash,
      v.approvedBy.id,
      v.approvedBy.name,
      v.approvedAt,
      v.onBehalfOf,
      v.method,
      v.decision?.documentId ?? null,
      v.decision?.decisionId ?? null,
      JSON.stringify(v.signedBy),
    ],
  )
  return setStatus(q, v.documentId, { status: 'approved', approvedVersion: v.number })
}

/** Versions, justering and proposals in PostgreSQL, each status change in one transaction. */
export class PostgresApprovalStore implements ApprovalStore {
  constructor(private readonly pool: pg.Pool) {}

  recordVersion(v: VersionRecord): Promise<DocumentRecord> {
    return inTransaction(this.pool, (client) => insertVersion(client, v))
  }

  async listVersions(documentId: string): Promise<VersionRecord[]> {
    const { rows } = await this.pool.query<VersionRow>(
      'SELECT * FROM versions WHERE document_id = $1 ORDER BY number DESC',
      [documentId],
    )
    return rows.map(toVersion)
  }

  async getVersion(documentId: string, number: number): Promise<VersionRecord | null> {
    const { rows } = await this.pool.query<VersionRow>(
      'SELECT * FROM versions WHERE document_id = $1 AND number = $2',
      [documentId, number],
    )
    return rows[0] ? toVersion(rows[0]) : null
  }

  startJustering(j: JusteringRecord): Promise<DocumentRecord> {
    return inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO justerings (document_id, round, status, hash, state, on_behalf_of, started_by, started_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [j.documentId, j.round, j.status, j.hash, toBuffer(j.state), j.onBehalfOf, j.startedBy.id, j.startedAt],
      )
      for (const s of j.signers) {
        await client.query(
          "INSERT INTO justering_signers (document_id, round, user_id, state) VALUES ($1, $2, $3, 'pending')",
          [j.documentId, j.round, s.userId],
        )
      }
      return setStatus(client, j.documentId, { status: 'justering' })
    })
  }

  async currentJustering(documentId: string): Promise<JusteringRecord | null> {
    const { rows } = await this.pool.query<{
      round: number
      status: string
      hash: string
      state: Buffer
      on_behalf_of: string
      started_by: string
      started_by_name: string | null
      started_at: string
    }>(
      `SELECT j.*, u.name AS started_by_name FROM justerings j LEFT JOIN users u ON u.id = j.started_by
       WHERE j.document_id = $1 ORDER BY j.round DESC LIMIT 1`,
      [documentId],
    )
    const row = rows[0]
    if (!row) return null
    const signers = await this.pool.query<{
      user_id: string
      name: string | null
      state: string
      comment: string
      evidence: string
      at: string | null
    }>(
      `SELECT s.*, u.name FROM justering_signers s LEFT JOIN users u ON u.id = s.user_id
       WHERE s.document_id = $1 AND s.round = $2 ORDER BY u.name`,
      [documentId, row.round],
    )
    return {
      documentId,
      round: row.round,
      status: row.status === 'completed' || row.status === 'returned' ? row.status : 'open',
      hash: row.hash,
      state: bytes(row.state),
      onBehalfOf: row.on_behalf_of,
      startedBy: { id: row.started_by, name: row.started_by_name ?? row.started_by },
      startedAt: row.started_at,
      signers: signers.rows.map((s): SignerRecord => ({
        userId: s.user_id,
        name: s.name ?? s.user_id,
        state: s.state === 'confirmed' || s.state === 'returned' ? s.state : 'pending',
        comment: s.comment,
        evidence: s.evidence,
        at: s.at,
      })),
    }
  }

  async answerJustering(
    documentId: string,
    round: number,
    a: { userId: string; state: 'confirmed' | 'returned'; comment: string; evidence: string; at: string },
  ): Promise<void> {
    await this.pool.query(
      `UPDATE justering_signers SET state = $1, comment = $2, evidence = $3, at = $4
       WHERE document_id = $5 AND round = $6 AND user_id = $7 AND state = 'pending'`,
      [a.state, a.comment, a.evidence, a.at, documentId, round, a.userId],
    )
  }

  returnJustering(documentId: string, round: number): Promise<DocumentRecord> {
    return inTransaction(this.pool, async (client) => {
      await client.query("UPDATE justerings SET status = 'returned' WHERE document_id = $1 AND round = $2", [
        documentId,
        round,
      ])
      return setStatus(client, documentId, { status: 'draft' })
    })
  }

  completeJustering(documentId: string, round: number, version: VersionRecord): Promise<DocumentRecord> {
    return inTransaction(this.pool, async (client) => {
      await client.query("UPDATE justerings SET status = 'completed' WHERE document_id = $1 AND round = $2", [
        documentId,
        round,
      ])
      return insertVersion(client, version)
    })
  }

  openRevision(documentId: string, revision: number): Promise<DocumentRecord> {
    return setStatus(this.pool, documentId, { status: 'draft', revision })
  }

  createProposal(p: ProposalRecord, limits: ProposalLimits): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      // Proposals to one document take turns across processes: two cannot both take the last place.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`samskriv:proposals:${p.documentId}`])
      const open = await openProposals(client, p.documentId, p.author.id)
      if (open.total >= limits.perDocument || open.theirs >= limits.perAuthor) return false
      await client.query(
        `INSERT INTO proposals (id, document_id, base_revision, data, author_id, created_at, summary, preview, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          p.id,
          p.documentId,
          p.baseRevision,
          toBuffer(p.data),
          p.author.id,
          p.createdAt,
          p.summary,
          p.preview,
          p.status,
        ],
      )
      return true
    })
  }

  countOpenProposals(documentId: string, authorId: string): Promise<{ total: number; theirs: number }> {
    return openProposals(this.pool, documentId, authorId)
  }

  listProposals(documentId: string): Promise<ProposalRecord[]> {
    return this.selectProposals('p.document_id = $1', documentId)
  }

  async getProposal(id: string): Promise<ProposalRecord | null> {
    return (await this.selectProposals('p.id = $1', id))[0] ?? null
  }

  async setProposalStatus(id: string, status: 'applied' | 'dismissed'): Promise<void> {
    await this.pool.query("UPDATE proposals SET status = $1 WHERE id = $2 AND status = 'open'", [status, id])
  }

  private async selectProposals(where: string, value: string): Promise<ProposalRecord[]> {
    const { rows } = await this.pool.query<ProposalRow>(
      `SELECT p.*, u.name FROM proposals p LEFT JOIN users u ON u.id = p.author_id WHERE ${where} ORDER BY p.created_at`,
      [value],
    )
    return rows.map(toProposal)
  }
}
