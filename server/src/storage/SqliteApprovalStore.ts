import type { Database } from 'better-sqlite3'
import { documentTypeSchema } from '@samskriv/shared'
import type {
  ApprovalStore,
  JusteringRecord,
  ProposalLimits,
  ProposalRecord,
  SignerRecord,
  VersionRecord,
} from './ApprovalStore.js'
import type { SqliteCatalog } from './SqliteCatalog.js'
import { settle } from './settle.js'
import type { DocumentRecord } from './Storage.js'

export interface VersionRow {
  document_id: string
  number: number
  state: Buffer
  body_json: string
  html: string
  title: string
  type: string
  hash: string
  approved_by: string
  approved_by_name: string
  approved_at: string
  on_behalf_of: string
  method: string
  decision_document_id: string | null
  decision_id: string | null
  signed_by: string
}

export const bytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)

export const toVersion = (r: VersionRow): VersionRecord => ({
  documentId: r.document_id,
  number: r.number,
  state: bytes(r.state),
  bodyJson: r.body_json,
  html: r.html,
  title: r.title,
  type: documentTypeSchema.parse(r.type),
  hash: r.hash,
  approvedBy: { id: r.approved_by, name: r.approved_by_name },
  approvedAt: r.approved_at,
  onBehalfOf: r.on_behalf_of,
  method: r.method === 'justering' ? 'justering' : 'coordinator',
  decision:
    r.decision_document_id && r.decision_id ? { documentId: r.decision_document_id, decisionId: r.decision_id } : null,
  signedBy: JSON.parse(r.signed_by) as VersionRecord['signedBy'],
})

export function must<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} does not exist`)
  return value
}

/** Versions, justering and proposals in SQLite, each status change in one transaction. */
export class SqliteApprovalStore implements ApprovalStore {
  constructor(
    private readonly db: Database,
    private readonly catalog: SqliteCatalog,
  ) {}

  recordVersion(v: VersionRecord): Promise<DocumentRecord> {
    return settle(this.db.transaction(() => this.insertVersion(v)))
  }

  listVersions(documentId: string): Promise<VersionRecord[]> {
    return settle(() =>
      this.db
        .prepare<[string], VersionRow>('SELECT * FROM versions WHERE document_id = ? ORDER BY number DESC')
        .all(documentId)
        .map(toVersion),
    )
  }

  getVersion(documentId: string, number: number): Promise<VersionRecord | null> {
    return settle(() => {
      const row = this.db
        .prepare<[string, number], VersionRow>('SELECT * FROM versions WHERE document_id = ? AND number = ?')
        .get(documentId, number)
      return row ? toVersion(row) : null
    })
  }

  startJustering(j: JusteringRecord): Promise<DocumentRecord> {
    return settle(
      this.db.transaction(() => {
        this.db
          .prepare(
            'INSERT INTO justerings (document_id, round, status, hash, state, on_behalf_of, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(j.documentId, j.round, j.status, j.hash, j.state, j.onBehalfOf, j.startedBy.id, j.startedAt)
        const insertSigner = this.db.prepare(
          'INSERT INTO justering_signers (document_id, round, user_id, state) VALUES (?, ?, ?, ?)',
        )
        for (const s of j.signers) insertSigner.run(j.documentId, j.round, s.userId, 'pending')
        return must(this.catalog.updateNow(j.documentId, { status: 'justering' }), `document ${j.documentId}`)
      }),
    )
  }

  currentJustering(documentId: string): Promise<JusteringRecord | null> {
    return settle(() => {
      const row = this.db
        .prepare<
          [string],
          {
            round: number
            status: string
            hash: string
            state: Buffer
            on_behalf_of: string
            started_by: string
            started_by_name: string | null
            started_at: string
          }
        >(
          `SELECT j.*, u.name AS started_by_name FROM justerings j LEFT JOIN users u ON u.id = j.started_by
           WHERE j.document_id = ? ORDER BY j.round DESC LIMIT 1`,
        )
        .get(documentId)
      if (!row) return null
      const signers = this.db
        .prepare<
          [string, number],
          { user_id: string; name: string | null; state: string; comment: string; evidence: string; at: string | null }
        >(
          `SELECT s.*, u.name FROM justering_signers s LEFT JOIN users u ON u.id = s.user_id
           WHERE s.document_id = ? AND s.round = ? ORDER BY u.name`,
        )
        .all(documentId, row.round)
        .map((s): SignerRecord => ({
          userId: s.user_id,
          name: s.name ?? s.user_id,
          state: s.state === 'confirmed' || s.state === 'returned' ? s.state : 'pending',
          comment: s.comment,
          evidence: s.evidence,
          at: s.at,
        }))
      return {
        documentId,
        round: row.round,
        status: row.status === 'completed' || row.status === 'returned' ? row.status : 'open',
        hash: row.hash,
        state: bytes(row.state),
        onBehalfOf: row.on_behalf_of,
        startedBy: { id: row.started_by, name: row.started_by_name ?? row.started_by },
        startedAt: row.started_at,
        signers,
      }
    })
  }

  answerJustering(
    documentId: string,
    round: number,
    a: { userId: string; state: 'confirmed' | 'returned'; comment: string; evidence: string; at: string },
  ): Promise<void> {
    return settle(() => {
      this.db
        .prepare(
          "UPDATE justering_signers SET state = ?, comment = ?, evidence = ?, at = ? WHERE document_id = ? AND round = ? AND user_id = ? AND state = 'pending'",
        )
        .run(a.state, a.comment, a.evidence, a.at, documentId, round, a.userId)
    })
  }

  returnJustering(documentId: string, round: number): Promise<DocumentRecord> {
    return settle(
      this.db.transaction(() => {
        this.db
          .prepare("UPDATE justerings SET status = 'returned' WHERE document_id = ? AND round = ?")
          .run(documentId, round)
        return must(this.catalog.updateNow(documentId, { status: 'draft' }), `document ${documentId}`)
      }),
    )
  }

  completeJustering(documentId: string, round: number, version: VersionRecord): Promise<DocumentRecord> {
    return settle(
      this.db.transaction(() => {
        this.db
          .prepare("UPDATE justerings SET status = 'completed' WHERE document_id = ? AND round = ?")
          .run(documentId, round)
        return this.insertVersion(version)
      }),
    )
  }

  openRevision(documentId: string, revision: number): Promise<DocumentRecord> {
    return settle(() =>
      must(this.catalog.updateNow(documentId, { status: 'draft', revision }), `document ${documentId}`),
    )
  }

  createProposal(p: ProposalRecord, limits: ProposalLimits): Promise<boolean> {
    return settle(
      this.db.transaction(() => {
        const open = this.openProposals(p.documentId, p.author.id)
        if (open.total >= limits.perDocument || open.theirs >= limits.perAuthor) return false
        this.db
          .prepare(
            'INSERT INTO proposals (id, document_id, base_revision, data, author_id, created_at, summary, preview, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(p.id, p.documentId, p.baseRevision, p.data, p.author.id, p.createdAt, p.summary, p.preview, p.status)
        return true
      }),
    )
  }

  countOpenProposals(documentId: string, authorId: string): Promise<{ total: number; theirs: number }> {
    return settle(() => this.openProposals(documentId, authorId))
  }

  private openProposals(documentId: string, authorId: string): { total: number; theirs: number } {
    return this.db
      .prepare<[string, string], { total: number; theirs: number }>(
        "SELECT count(*) AS total, coalesce(sum(author_id = ?), 0) AS theirs FROM proposals WHERE document_id = ? AND status = 'open'",
      )
      .get(authorId, documentId)!
  }

  listProposals(documentId: string): Promise<ProposalRecord[]> {
    return settle(() => this.selectProposals('p.document_id = ?', documentId))
  }

  getProposal(id: string): Promise<ProposalRecord | null> {
    return settle(() => this.selectProposals('p.id = ?', id)[0] ?? null)
  }

  setProposalStatus(id: string, status: 'applied' | 'dismissed'): Promise<void> {
    return settle(() => {
      this.db.prepare("UPDATE proposals SET status = ? WHERE id = ? AND status = 'open'").run(status, id)
    })
  }

  private selectProposals(where: string, value: string): ProposalRecord[] {
    return this.db
      .prepare<
        [string],
        {
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
      >(
        `SELECT p.*, u.name FROM proposals p LEFT JOIN users u ON u.id = p.author_id WHERE ${where} ORDER BY p.created_at`,
      )
      .all(value)
      .map((r) => ({
        id: r.id,
        documentId: r.document_id,
        baseRevision: r.base_revision,
        data: bytes(r.data),
        author: { id: r.author_id, name: r.name ?? r.author_id },
        createdAt: r.created_at,
        summary: r.summary,
        preview: r.preview,
        status: r.status === 'applied' || r.status === 'dismissed' ? r.status : 'open',
      }))
  }

  private insertVersion(v: VersionRecord): DocumentRecord {
    this.db
      .prepare(
        `INSERT INTO versions (document_id, number, state, body_json, html, title, type, hash, approved_by, approved_by_name,
          approved_at, on_behalf_of, method, decision_document_id, decision_id, signed_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        v.documentId,
        v.number,
        v.state,
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
      )
    return must(
      this.catalog.updateNow(v.documentId, { status: 'approved', approvedVersion: v.number }),
      `document ${v.documentId}`,
    )
  }
}
