import type pg from 'pg'
import {
  activityEntrySchema,
  activitySearchText,
  decisionEntrySchema,
  decisionPersons,
  decisionSearchText,
  searchable,
  type ActivityEntry,
  type ActivityQuery,
  type DecisionEntry,
  type DecisionQuery,
  type DocumentRegisters,
  type DocumentStatus,
  type FollowUpState,
} from '@samskriv/shared'
import type { RegisterPage, RegisterScope, RegisterStore } from '../Storage.js'
import { inTransaction } from './pgClient.js'

/** Collects query parameters and hands out their placeholders ($1, $2, …). */
class Params {
  readonly values: unknown[] = []
  add(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }
}

/**
 * The join to documents in the scope that are not in the trash; with `keepApproved`, also to
 * trashed documents that were approved (an approved protocol's decisions stay on record).
 */
function live(scope: RegisterScope, p: Params, keepApproved = false): string {
  const kept = keepApproved ? '(d.deleted_at IS NULL OR d.approved_version IS NOT NULL)' : 'd.deleted_at IS NULL'
  const base = `JOIN documents d ON d.id = r.document_id AND ${kept}`
  if (scope === 'all') return base
  return `${base} AND d.group_id = ANY(${p.add([...scope])}::text[])`
}

type Condition = ((p: Params) => string) | null

const where = (conditions: Condition[], p: Params) =>
  conditions
    .filter((c): c is (p: Params) => string => c !== null)
    .map((c) => c(p))
    .join(' AND ') || 'true'

/** Each activity's follow-up state, joined to its row (`f`). */
const FOLLOW_UP = 'LEFT JOIN activity_follow_up f ON f.document_id = r.document_id AND f.activity_id = r.id'

/** An activity row's entry with its follow-up state and its plan's status. */
function activityOf(entry: string, followUp: string | null, status: string | null): ActivityEntry {
  const activity = activityEntrySchema.parse(JSON.parse(entry))
  return {
    ...activity,
    ...(followUp === null ? {} : { followUpState: JSON.parse(followUp) as FollowUpState }),
    ...(status === null ? {} : { documentStatus: status as DocumentStatus }),
  }
}

/** The registers in PostgreSQL: one row per decision and activity, replaced per document. */
export class PostgresRegisterStore implements RegisterStore {
  constructor(private readonly pool: pg.Pool) {}

  async replaceDocument(documentId: string, registers: DocumentRegisters, projectedSeq: number): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(
        'INSERT INTO register_projections (document_id, seq) VALUES ($1, -1) ON CONFLICT (document_id) DO NOTHING',
        [documentId],
      )
      const { rows } = await client.query<{ seq: number }>(
        'SELECT seq FROM register_projections WHERE document_id = $1 FOR UPDATE',
        [documentId],
      )
      if ((rows[0]?.seq ?? -1) > projectedSeq) return
      await client.query('DELETE FROM decisions WHERE document_id = $1', [documentId])
      await client.query('DELETE FROM activities WHERE document_id = $1', [documentId])
      for (const d of registers.decisions) {
        await client.query(
          `INSERT INTO decisions (document_id, position, id, date, kind, body_lc, group_lc, persons_lc, search_lc, entry)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            documentId,
            d.position,
            d.id,
            d.date,
            d.kind,
            searchable(d.decidingBody),
            searchable(d.group),
            decisionPersons(d),
            decisionSearchText(d),
            JSON.stringify(d),
          ],
        )
      }
      for (const a of registers.activities) {
        await client.query(
          `INSERT INTO activities (document_id, position, id, status, period_from, period_to, decision_id, group_lc,
             responsible_lc, search_lc, entry) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            documentId,
            a.position,
            a.id,
            a.status,
            a.periodFrom,
            a.periodTo,
            a.decisionId,
            searchable(a.group),
            searchable(a.responsible),
            activitySearchText(a),
            JSON.stringify(a),
          ],
        )
      }
      await client.query('UPDATE register_projections SET seq = $2 WHERE document_id = $1', [documentId, projectedSeq])
    })
  }

  async setFollowUp(documentId: string, activityId: string, state: FollowUpState): Promise<void> {
    await this.pool.query(
      `INSERT INTO activity_follow_up (document_id, activity_id, status, state) VALUES ($1, $2, $3, $4)
       ON CONFLICT (document_id, activity_id) DO UPDATE SET status = excluded.status, state = excluded.state`,
      [documentId, activityId, state.status, JSON.stringify(state)],
    )
  }

  async staleDocuments(): Promise<string[]> {
    const { rows } = await this.pool.query<{ room: string }>(
      `SELECT h.room FROM room_heads h LEFT JOIN register_projections p ON p.document_id = h.room
       WHERE strpos(h.room, '/') = 0 AND h.last_seq > 0 AND (p.seq IS NULL OR p.seq < h.last_seq) ORDER BY h.room`,
    )
    return rows.map((r) => r.room)
  }

  queryDecisions(q: DecisionQuery, scope: RegisterScope): Promise<RegisterPage<DecisionEntry>> {
    const conditions: Condition[] = [
      q.id !== undefined ? (p) => `r.id = ${p.add(q.id)}` : null,
      q.body !== undefined ? (p) => `r.body_lc = ${p.add(searchable(q.body!))}` : null,
      q.group !== undefined ? (p) => `r.group_lc = ${p.add(searchable(q.group!))}` : null,
      q.kind !== undefined ? (p) => `r.kind = ${p.add(q.kind)}` : null,
      q.from !== undefined ? (p) => `r.date <> '' AND r.date >= ${p.add(q.from)}` : null,
      q.to !== undefined ? (p) => `r.date <> '' AND r.date <= ${p.add(q.to)}` : null,
      q.person !== undefined ? (p) => `strpos(r.persons_lc, ${p.add(searchable(q.person!))}) > 0` : null,
      q.q !== undefined ? (p) => `strpos(r.search_lc, ${p.add(searchable(q.q!))}) > 0` : null,
    ]
    return this.page(
      'decisions',
      conditions,
      scope,
      'r.date DESC, r.document_id, r.position',
      q,
      (json, trashed, _followUp, status) => ({
        ...decisionEntrySchema.parse(JSON.parse(json)),
        ...(trashed ? { documentTrashed: true } : {}),
        ...(status === null ? {} : { documentStatus: status as DocumentStatus }),
      }),
    )
  }

  queryActivities(q: ActivityQuery, scope: RegisterScope): Promise<RegisterPage<ActivityEntry>> {
    const conditions: Condition[] = [
      q.group !== undefined ? (p) => `r.group_lc = ${p.add(searchable(q.group!))}` : null,
      q.period !== undefined
        ? (p) => {
            const period = p.add(q.period)
            return `r.period_from <> '' AND r.period_from <= ${period} AND (CASE WHEN r.period_to = '' THEN r.period_from ELSE r.period_to END) >= ${period}`
          }
        : null,
      // The follow-up's status counts before the plan's.
      q.status !== undefined ? (p) => `coalesce(f.status, r.status) = ${p.add(q.status)}` : null,
      q.responsible !== undefined ? (p) => `strpos(r.responsible_lc, ${p.add(searchable(q.responsible!))}) > 0` : null,
      q.decisionId !== undefined ? (p) => `r.decision_id = ${p.add(q.decisionId)}` : null,
      q.q !== undefined ? (p) => `strpos(r.search_lc, ${p.add(searchable(q.q!))}) > 0` : null,
    ]
    return this.page(
      'activities',
      conditions,
      scope,
      'r.period_from DESC, r.document_id, r.position',
      q,
      (json, _trashed, followUp, status) => activityOf(json, followUp, status),
    )
  }

  async activitiesForDecisions(decisionIds: readonly string[], scope: RegisterScope): Promise<ActivityEntry[]> {
    const ids = decisionIds.filter((id) => id !== '')
    if (ids.length === 0) return []
    const p = new Params()
    const join = live(scope, p)
    const { rows } = await this.pool.query<{ entry: string; follow_up: string | null; status: string }>(
      `SELECT r.entry, f.state AS follow_up, d.status FROM activities r ${join} ${FOLLOW_UP}
       WHERE r.decision_id = ANY(${p.add(ids)}::text[])
       ORDER BY r.period_from DESC, r.document_id, r.position`,
      p.values,
    )
    return rows.map((row) => activityOf(row.entry, row.follow_up, row.status))
  }

  private async page<T>(
    table: 'decisions' | 'activities',
    conditions: Condition[],
    scope: RegisterScope,
    order: string,
    q: { limit: number; offset: number },
    parse: (json: string, trashed: boolean, followUp: string | null, status: string | null) => T,
  ): Promise<RegisterPage<T>> {
    const p = new Params()
    const join = live(scope, p, table === 'decisions')
    const followUp = table === 'activities' ? { join: FOLLOW_UP, column: 'f.state' } : { join: '', column: 'NULL' }
    const filter = where(conditions, p)
    const total = await this.pool.query<{ n: number }>(
      `SELECT count(*) AS n FROM ${table} r ${join} ${followUp.join} WHERE ${filter}`,
      p.values,
    )
    const { rows } = await this.pool.query<{
      entry: string
      trashed: boolean
      follow_up: string | null
      status: string
    }>(
      `SELECT r.entry, d.deleted_at IS NOT NULL AS trashed, ${followUp.column} AS follow_up, d.status
       FROM ${table} r ${join} ${followUp.join} WHERE ${filter} ORDER BY ${order}
       LIMIT ${p.add(q.limit)} OFFSET ${p.add(q.offset)}`,
      p.values,
    )
    return {
      entries: rows.map((row) => parse(row.entry, row.trashed, row.follow_up, row.status)),
      total: total.rows[0]?.n ?? 0,
    }
  }
}
