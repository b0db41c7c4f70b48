import path from 'node:path'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { SqliteStorage } from '../SqliteStorage.js'
import { inTransaction, type Queryable } from './pgClient.js'
import type { PostgresStorage } from './PostgresStorage.js'

/**
 * The tables to copy, in an order that satisfies their references, and how a column's SQLite value
 * becomes its PostgreSQL value where the types differ. New tables are added here as they are added
 * to both schemas; a table or column of the SQLite file that has no place here or in PostgreSQL
 * stops the copy before anything is written (see {@link uncopied}).
 */
const TABLES: ReadonlyArray<{ name: string; convert?: Record<string, (value: unknown) => unknown> }> = [
  { name: 'settings' },
  { name: 'users', convert: { is_admin: (v) => v === 1 } },
  { name: 'invitations' },
  { name: 'sessions' },
  { name: 'groups' },
  { name: 'memberships' },
  { name: 'documents' },
  { name: 'room_updates' },
  { name: 'decisions' },
  { name: 'activities' },
  { name: 'register_projections' },
  { name: 'versions' },
  { name: 'justerings' },
  { name: 'justering_signers' },
  { name: 'proposals' },
  { name: 'version_exports' },
  { name: 'usage_events' },
  { name: 'follow_ups' },
  { name: 'activity_follow_up' },
  { name: 'draft_snapshots' },
  { name: 'mentions' },
  { name: 'notification_mails' },
  { name: 'audit_log' },
]

/** SQLite's own tables, never copied. */
const SQLITE_INTERNAL = /^sqlite_/

/**
 * What of the SQLite file would not be copied: tables missing from {@link TABLES}, and columns the
 * PostgreSQL table lacks. Empty when both schemas agree.
 */
async function uncopied(source: Database, target: Queryable): Promise<string[]> {
  const listed = new Set(TABLES.map((t) => t.name))
  const tables = source
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
    .all()
    .map((t) => t.name)
    .filter((name) => !SQLITE_INTERNAL.test(name))
  const problems = tables.filter((name) => !listed.has(name)).map((name) => `table ${name}`)
  const { rows } = await target.query<{ table_name: string; column_name: string }>(
    'SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()',
  )
  const targetColumns = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`))
  for (const name of tables.filter((t) => listed.has(t))) {
    for (const { name: column } of source
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${name}')`)
      .all()) {
      if (!targetColumns.has(`${name}.${column}`)) problems.push(`column ${name}.${column}`)
    }
  }
  return problems
}

/** Rows or bytes per INSERT statement. */
const BATCH_ROWS = 500
const BATCH_BYTES = 8 * 1024 * 1024

const sizeOf = (value: unknown) =>
  Buffer.isBuffer(value) ? value.byteLength : typeof value === 'string' ? value.length * 2 : 8

/**
 * Copies a Samskriv SQLite database (`samskriv.sqlite` in `dataDir`) into an empty PostgreSQL
 * database, in one transaction: all of it or nothing. Resolves with the rows copied per table.
 */
export async function copySqliteToPostgres(dataDir: string, target: PostgresStorage): Promise<Record<string, number>> {
  // Brings the SQLite file up to this server's schema first (and proves it is one).
  await new SqliteStorage(dataDir).close()
  const source = new BetterSqlite3(path.join(dataDir, 'samskriv.sqlite'), { readonly: true, fileMustExist: true })
  try {
    return await inTransaction(target.pool, async (client) => {
      const existing = await client.query<{ n: number }>(
        'SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM users) + (SELECT count(*) FROM room_updates) AS n',
      )
      if ((existing.rows[0]?.n ?? 0) > 0) {
        throw new Error('The PostgreSQL database already holds Samskriv data; copy only into an empty database.')
      }
      const missing = await uncopied(source, client)
      if (missing.length > 0) {
        throw new Error(`PostgreSQL has no place for ${missing.join(', ')} of the SQLite file.`)
      }
      const copied: Record<string, number> = {}
      for (const table of TABLES) {
        let batch: Array<Record<string, unknown>> = []
        let bytes = 0
        let count = 0
        const flush = async () => {
          if (batch.length === 0) return
          const columns = Object.keys(batch[0]!)
          const values: unknown[] = []
          const rows = batch.map(
            (row) =>
              `(${columns
                .map((column) => {
                  const convert = table.convert?.[column]
                  values.push(convert ? convert(row[column]) : row[column])
                  return `$${values.length}`
                })
                .join(', ')})`,
          )
          await client.query(`INSERT INTO ${table.name} (${columns.join(', ')}) VALUES ${rows.join(', ')}`, values)
          count += batch.length
          batch = []
          bytes = 0
        }
        for (const row of source.prepare(`SELECT * FROM ${table.name}`).iterate() as Iterable<
          Record<string, unknown>
        >) {
          batch.push(row)
          bytes += Object.values(row).reduce<number>((sum, value) => sum + sizeOf(value), 0)
          if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush()
        }
        await flush()
        copied[table.name] = count
      }
      await client.query(
        'INSERT INTO room_heads (room, last_seq) SELECT room, max(seq) FROM room_updates GROUP BY room',
      )
      await client.query(
        "SELECT setval(pg_get_serial_sequence('audit_log', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM audit_log), false)",
      )
      return copied
    })
  } finally {
    source.close()
  }
}
