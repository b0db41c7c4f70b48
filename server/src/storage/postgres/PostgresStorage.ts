import pg from 'pg'
import type { AccountStore, AuditLog } from '../AccountStore.js'
import type { ApprovalStore } from '../ApprovalStore.js'
import type { FollowUpStore } from '../FollowUpStore.js'
import type { MailOutbox } from '../MailOutbox.js'
import type { MentionStore } from '../MentionStore.js'
import { PostgresMailOutbox } from './PostgresMailOutbox.js'
import { PostgresMentionStore } from './PostgresMentionStore.js'
import type { DocumentCatalog, ExportStore, RegisterStore, Storage, UpdateStore, UsageLog } from '../Storage.js'
import { PostgresAccountStore } from './PostgresAccountStore.js'
import { PostgresAuditLog } from './PostgresAuditLog.js'
import { PostgresApprovalStore } from './PostgresApprovalStore.js'
import { PostgresCatalog } from './PostgresCatalog.js'
import { PostgresExportStore } from './PostgresExportStore.js'
import { PostgresFollowUpStore } from './PostgresFollowUpStore.js'
import { PostgresSnapshotStore } from './PostgresSnapshotStore.js'
import type { SnapshotStore } from '../SnapshotStore.js'
import { PostgresRegisterStore } from './PostgresRegisterStore.js'
import { PostgresUpdateStore } from './PostgresUpdateStore.js'
import { PostgresUsageLog } from './PostgresUsageLog.js'
import { migrate } from './postgresMigrations.js'
import { createPool } from './pgClient.js'

export interface PostgresOptions {
  /** A schema to work in (created if missing); default: the connection's search path. */
  readonly schema?: string
  /** Connections in the pool (default 10). */
  readonly maxConnections?: number
  /** Told about errors of idle connections (a restarted server); the pool replaces them. */
  readonly onError?: (error: Error) => void
}

/**
 * PostgreSQL storage, for several server processes sharing one database: every transaction commits
 * synchronously (`synchronous_commit = on`), migrations are versioned, and approved versions are
 * kept unchanged by triggers, as in SQLite.
 */
export class PostgresStorage implements Storage {
  readonly updates: UpdateStore
  readonly catalog: DocumentCatalog
  readonly registers: RegisterStore
  readonly accounts: AccountStore
  readonly approvals: ApprovalStore
  readonly audit: AuditLog
  readonly exports: ExportStore
  readonly usage: UsageLog
  readonly followUps: FollowUpStore
  readonly snapshots: SnapshotStore
  readonly mentions: MentionStore
  readonly mail: MailOutbox
  private closed: Promise<void> | null = null

  private constructor(readonly pool: pg.Pool) {
    this.updates = new PostgresUpdateStore(pool)
    this.catalog = new PostgresCatalog(pool)
    this.registers = new PostgresRegisterStore(pool)
    this.accounts = new PostgresAccountStore(pool)
    this.approvals = new PostgresApprovalStore(pool)
    this.audit = new PostgresAuditLog(pool)
    this.exports = new PostgresExportStore(pool)
    this.usage = new PostgresUsageLog(pool)
    this.followUps = new PostgresFollowUpStore(pool)
    this.snapshots = new PostgresSnapshotStore(pool)
    this.mentions = new PostgresMentionStore(pool)
    this.mail = new PostgresMailOutbox(pool)
  }

  /** Connects to `url` (postgres://…) and brings the schema up to date. */
  static async connect(url: string, options: PostgresOptions = {}): Promise<PostgresStorage> {
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
      throw new Error(`Invalid schema name ${options.schema}`)
    }
    if (options.schema) {
      const setup = new pg.Client({ connectionString: url })
      await setup.connect()
      try {
        // Processes starting together take turns: CREATE … IF NOT EXISTS alone can still collide.
        await setup.query('BEGIN')
        await setup.query("SELECT pg_advisory_xact_lock(hashtext('samskriv:schema'))")
        await setup.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`)
        await setup.query('COMMIT')
      } finally {
        await setup.end()
      }
    }
    const pool = createPool(url, {
      ...(options.schema ? { schema: options.schema } : {}),
      ...(options.maxConnections ? { max: options.maxConnections } : {}),
    })
    pool.on('error', (error) => options.onError?.(error))
    try {
      await migrate(pool)
    } catch (error) {
      await pool.end()
      throw error
    }
    return new PostgresStorage(pool)
  }

  async check(): Promise<void> {
    await this.pool.query('SELECT 1')
  }

  close(): Promise<void> {
    this.closed ??= this.pool.end()
    return this.closed
  }
}
