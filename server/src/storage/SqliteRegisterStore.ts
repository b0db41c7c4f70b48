import type { Database } from 'better-sqlite3'
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
import { settle } from './settle.js'
import type { RegisterPage, RegisterScope, RegisterStore } from './Storage.js'

type Param = string | number

/** A WHERE clause built from the filters that are set. */
function where(conditions: Array<[string, Param[]] | null>): { sql: string; params: Param[] } {
  const set = conditions.filter((c): c is [string, Param[]] => c !== null)
  return { sql: set.map(([sql]) => sql).join(' AND ') || '1', params: set.flatMap(([, p]) => p) }
}

/**
 * Rows of documents in the scope that are not in the trash; with `keepApproved`, also of trashed
 * documents that were approved (an approved protocol's decisions stay on record).
 */
function live(scope: RegisterScope, keepApproved = false): { sql: string; params: Param[] } {
  const kept = keepApproved ? '(d.deleted_at IS NULL OR d.approved_version IS NOT NULL)' : 'd.deleted_at IS NULL'
  const base = `JOIN documents d ON d.id = r.document_id AND ${kept}`
  if (scope === 'all') return { sql: base, params: [] }
  if (scope.length === 0) return { sql: `${base} AND 0`, params: [] }
  return { sql: `${base} AND d.group_id IN (${scope.map(() => '?').join(',')})`, params: [...scope] }
}

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

/** The registers in SQLite: one row per decision and activity, replaced per document. */
export class SqliteRegisterStore implements RegisterStore {
  constructor(private readonly db: Database) {}

  replaceDocument(documentId: string, registers: DocumentRegisters, projectedSeq: number): Promise<void> {
    const insertDecision = this.db.prepare(
      `INSERT INTO decisions (document_id, position, id, date, kind, body_lc, group_lc, persons_lc, search_lc, entry)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const insertActivity = this.db.prepare(
      `INSERT INTO activities (document_id, position, id, status, period_from, period_to, decision_id, group_lc,
         responsible_lc, search_lc, entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    return settle(
      this.db.transaction(() => {
        const stored = this.db
          .prepare<[string], { seq: number }>('SELECT seq FROM register_projections WHERE document_id = ?')
          .get(documentId)
        if (stored && stored.seq > projectedSeq) return
        this.db.prepare('DELETE FROM decisions WHERE document_id = ?').run(documentId)
        this.db.prepare('DELETE FROM activities WHERE document_id = ?').run(documentId)
        for (const d of registers.decisions) {
          insertDecision.run(
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
          )
        }
        for (const a of registers.activities) {
          insertActivity.run(
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
          )
        }
        this.db
          .prepare(
            'INSERT INTO register_projections (document_id, seq) VALUES (?, ?) ON CONFLICT (document_id) DO UPDATE SET seq = excluded.seq',
          )
          .run(documentId, projectedSeq)
      }),
    )
  }

  setFollowUp(documentId: string, activityId: string, state: FollowUpState): Promise<void> {
    return settle(() => {
      this.db
        .prepare(
          `INSERT INTO activity_follow_up (document_id, activity_id, status, state) VALUES (?, ?, ?, ?)
           ON CONFLICT (document_id, activity_id) DO UPDATE SET status = excluded.status, state = excluded.state`,
        )
        .run(documentId, activityId, state.status, JSON.stringify(state))
    })
  }

  staleDocuments(): Promise<string[]> {
    return settle(() =>
      this.db
        .prepare<[], { room: string }>(
          `SELECT u.room AS room FROM (SELECT room, max(seq) AS seq FROM room_updates GROUP BY room) u
           LEFT JOIN register_projections p ON p.document_id = u.room
           WHERE instr(u.room, '/') = 0 AND (p.seq IS NULL OR p.seq < u.seq)`,
        )
        .all()
        .map((r) => r.room),
    )
  }

  queryDecisions(q: DecisionQuery, scope: RegisterScope): Promise<RegisterPage<DecisionEntry>> {
    const filter = where([
      q.id !== undefined ? ['r.id = ?', [q.id]] : null,
      q.body !== undefined ? ['r.body_lc = ?', [searchable(q.body)]] : null,
      q.group !== undefined ? ['r.group_lc = ?', [searchable(q.group)]] : null,
      q.kind !== undefined ? ['r.kind = ?', [q.kind]] : null,
      q.from !== undefined ? ["r.date <> '' AND r.date >= ?", [q.from]] : null,
      q.to !== undefined ? ["r.date <> '' AND r.date <= ?", [q.to]] : null,
      q.person !== undefined ? ['instr(r.persons_lc, ?) > 0', [searchable(q.person)]] : null,
      q.q !== undefined ? ['instr(r.search_lc, ?) > 0', [searchable(q.q)]] : null,
    ])
    return settle(() =>
      this.page(
        'decisions',
        filter,
        scope,
        'r.date DESC, r.document_id, r.position',
        q,
        (json, trashed, _followUp, status) => ({
          ...decisionEntrySchema.parse(JSON.parse(json)),
          ...(trashed ? { documentTrashed: true } : {}),
          ...(status === null ? {} : { documentStatus: status as DocumentStatus }),
        }),
      ),
    )
  }

  queryActivities(q: ActivityQuery, scope: RegisterScope): Promise<RegisterPage<ActivityEntry>> {
    const filter = where([
      q.group !== undefined ? ['r.group_lc = ?', [searchable(q.group)]] : null,
      q.period !== undefined
        ? [
            "r.period_from <> '' AND r.period_from <= ? AND (CASE WHEN r.period_to = '' THEN r.period_from ELSE r.period_to END) >= ?",
            [q.period, q.period],
          ]
        : null,
      // The follow-up's status counts before the plan's.
      q.status !== undefined ? ['coalesce(f.status, r.status) = ?', [q.status]] : null,
      q.responsible !== undefined ? ['instr(r.responsible_lc, ?) > 0', [searchable(q.responsible)]] : null,
      q.decisionId !== undefined ? ['r.decision_id = ?', [q.decisionId]] : null,
      q.q !== undefined ? ['instr(r.search_lc, ?) > 0', [searchable(q.q)]] : null,
    ])
    return settle(() =>
      this.page(
        'activities',
        filter,
        scope,
        'r.period_from DESC, r.document_id, r.position',
        q,
        (json, _trashed, f, status) => activityOf(json, f, status),
      ),
    )
  }

  activitiesForDecisions(decisionIds: readonly string[], scope: RegisterScope): Promise<ActivityEntry[]> {
    const ids = decisionIds.filter((id) => id !== '')
    if (ids.length === 0) return Promise.resolve([])
    const join = live(scope)
    return settle(() =>
      this.db
        .prepare<Param[], { entry: string; follow_up: string | null; status: string }>(
          `SELECT r.entry, f.state AS follow_up, d.status FROM activities r ${join.sql} ${FOLLOW_UP}
           WHERE r.decision_id IN (${ids.map(() => '?').join(',')})
           ORDER BY r.period_from DESC, r.document_id, r.position`,
        )
        .all(...join.params, ...ids)
        .map((row) => activityOf(row.entry, row.follow_up, row.status)),
    )
  }

  private page<T>(
    table: 'decisions' | 'activities',
    filter: { sql: string; params: Param[] },
    scope: RegisterScope,
    order: string,
    q: { limit: number; offset: number },
    parse: (json: string, trashed: boolean, followUp: string | null, status: string | null) => T,
  ): RegisterPage<T> {
    const join = live(scope, table === 'decisions')
    const followUp = table === 'activities' ? { join: FOLLOW_UP, column: 'f.state' } : { join: '', column: 'NULL' }
    const total =
      this.db
        .prepare<Param[], { n: number }>(
          `SELECT count(*) AS n FROM ${table} r ${join.sql} ${followUp.join} WHERE ${filter.sql}`,
        )
        .get(...join.params, ...filter.params)?.n ?? 0
    const rows = this.db
      .prepare<Param[], { entry: string; trashed: number; follow_up: string | null; status: string }>(
        `SELECT r.entry, d.deleted_at IS NOT NULL AS trashed, ${followUp.column} AS follow_up, d.status
         FROM ${table} r ${join.sql} ${followUp.join}
         WHERE ${filter.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
      )
      .all(...join.params, ...filter.params, q.limit, q.offset)
    return { entries: rows.map((row) => parse(row.entry, row.trashed === 1, row.follow_up, row.status)), total }
  }
}
