import type pg from 'pg'
import { inTransaction } from './pgClient.js'

/**
 * The PostgreSQL schema as an ordered list of migrations; `schema_migrations` records which have
 * run. Append new migrations; never edit one that has shipped. Tables and columns mirror the SQLite
 * schema (`sqliteMigrations.ts`) so that `migrate-to-postgres` copies rows one to one; times stay
 * ISO 8601 text, as the storage interfaces hand them on unchanged.
 */
const MIGRATIONS: readonly string[] = [
  `
  -- One row per stored Yjs update; compaction replaces a prefix by one snapshot row.
  CREATE TABLE room_updates (
    room TEXT NOT NULL,
    seq BIGINT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (room, seq)
  );
  -- Each room's newest sequence number: appends and transitions lock this row, so sequence numbers
  -- follow commit order across processes and a transition sees every committed update.
  CREATE TABLE room_heads (
    room TEXT PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    snapshot_seq BIGINT NOT NULL DEFAULT 0
  );

  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT,
    is_admin BOOLEAN NOT NULL DEFAULT false,
    created_at TEXT NOT NULL
  );
  CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    expires_at TEXT NOT NULL,
    used_at TEXT
  );
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE TABLE groups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE memberships (
    group_id TEXT NOT NULL REFERENCES groups (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    role TEXT NOT NULL,
    PRIMARY KEY (group_id, user_id)
  );
  CREATE INDEX memberships_by_user ON memberships (user_id);

  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    group_id TEXT REFERENCES groups (id),
    status TEXT NOT NULL DEFAULT 'draft',
    revision INTEGER NOT NULL DEFAULT 1,
    approved_version INTEGER
  );
  CREATE INDEX documents_by_update ON documents (deleted_at, updated_at DESC);

  -- The decision register and activity overview, derived from documents; filter columns are
  -- lower-cased in JavaScript (as for SQLite), entry holds the whole JSON.
  CREATE TABLE decisions (
    document_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    body_lc TEXT NOT NULL,
    group_lc TEXT NOT NULL,
    persons_lc TEXT NOT NULL,
    search_lc TEXT NOT NULL,
    entry TEXT NOT NULL,
    PRIMARY KEY (document_id, position)
  );
  CREATE INDEX decisions_by_date ON decisions (date DESC);
  CREATE TABLE activities (
    document_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    status TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    decision_id TEXT NOT NULL,
    group_lc TEXT NOT NULL,
    responsible_lc TEXT NOT NULL,
    search_lc TEXT NOT NULL,
    entry TEXT NOT NULL,
    PRIMARY KEY (document_id, position)
  );
  CREATE INDEX activities_by_decision ON activities (decision_id);
  CREATE TABLE register_projections (
    document_id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL
  );

  -- Approved versions: the exact Yjs state, the rendered text and its hash. Never changed.
  CREATE TABLE versions (
    document_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    state BYTEA NOT NULL,
    body_json TEXT NOT NULL,
    html TEXT NOT NULL,
    title TEXT NOT NULL,
    type TEXT NOT NULL,
    hash TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    approved_by_name TEXT NOT NULL,
    approved_at TEXT NOT NULL,
    on_behalf_of TEXT NOT NULL,
    method TEXT NOT NULL,
    decision_document_id TEXT,
    decision_id TEXT,
    signed_by TEXT NOT NULL,
    PRIMARY KEY (document_id, number)
  );
  CREATE FUNCTION versions_never_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'approved versions never change'; END $$;
  CREATE TRIGGER versions_never_change BEFORE UPDATE OR DELETE ON versions
    FOR EACH ROW EXECUTE FUNCTION versions_never_change();
  CREATE TRIGGER versions_never_go BEFORE TRUNCATE ON versions
    FOR EACH STATEMENT EXECUTE FUNCTION versions_never_change();

  CREATE TABLE justerings (
    document_id TEXT NOT NULL,
    round INTEGER NOT NULL,
    status TEXT NOT NULL,
    hash TEXT NOT NULL,
    state BYTEA NOT NULL,
    on_behalf_of TEXT NOT NULL,
    started_by TEXT NOT NULL,
    started_at TEXT NOT NULL,
    PRIMARY KEY (document_id, round)
  );
  CREATE TABLE justering_signers (
    document_id TEXT NOT NULL,
    round INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    state TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    at TEXT,
    PRIMARY KEY (document_id, round, user_id)
  );

  CREATE TABLE proposals (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    base_revision INTEGER NOT NULL,
    data BYTEA NOT NULL,
    author_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    summary TEXT NOT NULL,
    preview TEXT NOT NULL,
    status TEXT NOT NULL
  );
  CREATE INDEX proposals_by_document ON proposals (document_id, created_at);

  CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id TEXT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL
  );
  `,
  `
  -- As SQLite's fifth migration. The relay token key leaves the database (it lives in a key file or
  -- the environment; a copy of the database signs nothing), so a stored secret is deleted.
  DELETE FROM settings WHERE key = 'relayTokenSecret';

  -- Account lifecycle: disabled accounts, sessions with public ids, links with kinds and states.
  ALTER TABLE users ADD COLUMN disabled_at TEXT;
  ALTER TABLE sessions ADD COLUMN id TEXT;
  ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;
  ALTER TABLE sessions ADD COLUMN user_agent TEXT NOT NULL DEFAULT '';
  UPDATE sessions SET id = replace(gen_random_uuid()::text, '-', '');
  ALTER TABLE sessions ALTER COLUMN id SET NOT NULL;
  CREATE UNIQUE INDEX sessions_by_id ON sessions (id);
  CREATE INDEX sessions_by_user ON sessions (user_id);
  ALTER TABLE invitations ADD COLUMN id TEXT;
  ALTER TABLE invitations ADD COLUMN kind TEXT NOT NULL DEFAULT 'invitation';
  ALTER TABLE invitations ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
  ALTER TABLE invitations ADD COLUMN revoked_at TEXT;
  UPDATE invitations SET id = replace(gen_random_uuid()::text, '-', '');
  ALTER TABLE invitations ALTER COLUMN id SET NOT NULL;
  CREATE UNIQUE INDEX invitations_by_id ON invitations (id);
  CREATE INDEX invitations_by_user ON invitations (user_id);
  `,
  `
  -- As SQLite's sixth migration. Exports of approved versions, rendered once on first request;
  -- like the versions, never changed.
  CREATE TABLE version_exports (
    document_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    format TEXT NOT NULL,
    content_type TEXT NOT NULL,
    file_name TEXT NOT NULL,
    body BYTEA NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (document_id, number, format),
    FOREIGN KEY (document_id, number) REFERENCES versions (document_id, number)
  );
  CREATE FUNCTION version_exports_never_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'exports of approved versions never change'; END $$;
  CREATE TRIGGER version_exports_never_change BEFORE UPDATE OR DELETE ON version_exports
    FOR EACH ROW EXECUTE FUNCTION version_exports_never_change();
  CREATE TRIGGER version_exports_never_go BEFORE TRUNCATE ON version_exports
    FOR EACH STATEMENT EXECUTE FUNCTION version_exports_never_change();

  -- What each person did when, for limits over time (documents created per hour).
  CREATE TABLE usage_events (
    action TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX usage_events_by_actor ON usage_events (action, actor_id, at);

  -- Open proposals are counted per document and author.
  CREATE INDEX proposals_by_status ON proposals (document_id, status, author_id);
  `,
  `
  -- As SQLite's seventh migration. The follow-up of approved action plans, apart from their text:
  -- a log of what was said about each activity (status, comment, date done), by whom and when.
  CREATE TABLE follow_ups (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    activity_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    status TEXT,
    comment TEXT NOT NULL,
    done_date TEXT,
    written_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    author_id TEXT NOT NULL,
    author_name TEXT NOT NULL
  );
  CREATE INDEX follow_ups_by_document ON follow_ups (document_id, written_at, id);
  -- Each activity's follow-up state, derived from the log, for the registers to join.
  CREATE TABLE activity_follow_up (
    document_id TEXT NOT NULL,
    activity_id TEXT NOT NULL,
    status TEXT,
    state TEXT NOT NULL,
    PRIMARY KEY (document_id, activity_id)
  );
  `,
  `
  -- The history of drafts (as in SQLite).
  CREATE TABLE draft_snapshots (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    taken_at TEXT NOT NULL,
    authors TEXT NOT NULL,
    characters INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    state BYTEA NOT NULL
  );
  CREATE INDEX draft_snapshots_by_document ON draft_snapshots (document_id, taken_at);
  `,
  `
  -- Who is mentioned (@name) in which comment: to-dos derived from the stored comments, kept with
  -- whether the person has seen them.
  CREATE TABLE mentions (
    document_id TEXT NOT NULL,
    comment_id TEXT NOT NULL,
    thread_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    author_id TEXT NOT NULL,
    author_name TEXT NOT NULL,
    excerpt TEXT NOT NULL,
    created_at TEXT NOT NULL,
    seen_at TEXT,
    PRIMARY KEY (document_id, comment_id, user_id)
  );
  CREATE INDEX mentions_by_user ON mentions (user_id, seen_at, created_at);
  -- Notification e-mails, stored before they are sent: a restart neither loses nor repeats one.
  CREATE TABLE notification_mails (
    id TEXT PRIMARY KEY,
    recipient_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    document_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    sent_at TEXT
  );
  CREATE INDEX notification_mails_due ON notification_mails (state, next_attempt_at);
  `,
]

/** The number of migrations this server knows. */
export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length

/**
 * Brings the database up to the newest schema (or `target`, for tests), each migration in its own
 * transaction. Processes that start together take turns (a transaction-level advisory lock), so
 * each migration runs once.
 */
export async function migrate(pool: pg.Pool, target = MIGRATIONS.length): Promise<void> {
  for (;;) {
    const applied = await inTransaction(pool, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('samskriv:migrate'))")
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
      )
      const { rows } = await client.query<{ version: number | null }>(
        'SELECT max(version) AS version FROM schema_migrations',
      )
      const current = rows[0]?.version ?? 0
      if (current > MIGRATIONS.length) {
        throw new Error(`The database schema (version ${current}) is newer than this server (${MIGRATIONS.length}).`)
      }
      if (current >= target) return false
      await client.query(MIGRATIONS[current]!)
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
        current + 1,
        new Date().toISOString(),
      ])
      return true
    })
    if (!applied) return
  }
}
