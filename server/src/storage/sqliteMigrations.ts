import type { Database } from 'better-sqlite3'

/**
 * The SQLite schema as an ordered list of migrations; `PRAGMA user_version` records how many have
 * run. Append new migrations; never edit one that has shipped.
 */
const MIGRATIONS: readonly string[] = [
  `
  -- One row per stored Yjs update; compaction replaces a prefix by one snapshot row.
  CREATE TABLE room_updates (
    room TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (room, seq)
  ) WITHOUT ROWID;

  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  );
  CREATE INDEX documents_by_update ON documents (deleted_at, updated_at DESC);
  `,
  `
  -- The decision register and activity overview, derived from documents. Filter columns are
  -- lower-cased in JavaScript (SQLite's lower() knows no å, ä, ö); entry holds the whole JSON.
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
  ) WITHOUT ROWID;
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
  ) WITHOUT ROWID;
  CREATE INDEX activities_by_decision ON activities (decision_id);

  -- The last stored update each document's registers reflect.
  CREATE TABLE register_projections (
    document_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
  `
  -- Accounts, groups and roles.
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT,
    is_admin INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );
  CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    expires_at TEXT NOT NULL,
    used_at TEXT
  ) WITHOUT ROWID;
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  ) WITHOUT ROWID;
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
  ) WITHOUT ROWID;
  CREATE INDEX memberships_by_user ON memberships (user_id);

  -- Where each document is in its life.
  ALTER TABLE documents ADD COLUMN group_id TEXT REFERENCES groups (id);
  ALTER TABLE documents ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
  ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE documents ADD COLUMN approved_version INTEGER;

  -- Approved versions: the exact Yjs state, the rendered text and its hash. Never changed.
  CREATE TABLE versions (
    document_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    state BLOB NOT NULL,
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
  ) WITHOUT ROWID;
  CREATE TRIGGER versions_never_change BEFORE UPDATE ON versions
    BEGIN SELECT RAISE(ABORT, 'approved versions never change'); END;
  CREATE TRIGGER versions_never_go BEFORE DELETE ON versions
    BEGIN SELECT RAISE(ABORT, 'approved versions never change'); END;

  -- Justering rounds of protocols and each signer's answer.
  CREATE TABLE justerings (
    document_id TEXT NOT NULL,
    round INTEGER NOT NULL,
    status TEXT NOT NULL,
    hash TEXT NOT NULL,
    state BLOB NOT NULL,
    on_behalf_of TEXT NOT NULL,
    started_by TEXT NOT NULL,
    started_at TEXT NOT NULL,
    PRIMARY KEY (document_id, round)
  ) WITHOUT ROWID;
  CREATE TABLE justering_signers (
    document_id TEXT NOT NULL,
    round INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    state TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    at TEXT,
    PRIMARY KEY (document_id, round, user_id)
  ) WITHOUT ROWID;

  -- Edits made offline to a version approved meanwhile, kept for a coordinator.
  CREATE TABLE proposals (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    base_revision INTEGER NOT NULL,
    data BLOB NOT NULL,
    author_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    summary TEXT NOT NULL,
    preview TEXT NOT NULL,
    status TEXT NOT NULL
  );
  CREATE INDEX proposals_by_document ON proposals (document_id, created_at);

  -- Sign-ins, role changes, approvals and revisions.
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor_id TEXT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL
  );
  `,
  `
  -- The relay token key leaves the database (it lives in a key file or the environment; a copy of
  -- the database signs nothing). A new key is made, so the old secret is worth nothing.
  DELETE FROM settings WHERE key = 'relayTokenSecret';

  -- Account lifecycle: disabled accounts, sessions with public ids, links with kinds and states.
  ALTER TABLE users ADD COLUMN disabled_at TEXT;
  ALTER TABLE sessions ADD COLUMN id TEXT;
  ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;
  ALTER TABLE sessions ADD COLUMN user_agent TEXT NOT NULL DEFAULT '';
  UPDATE sessions SET id = lower(hex(randomblob(16)));
  CREATE UNIQUE INDEX sessions_by_id ON sessions (id);
  CREATE INDEX sessions_by_user ON sessions (user_id);
  ALTER TABLE invitations ADD COLUMN id TEXT;
  ALTER TABLE invitations ADD COLUMN kind TEXT NOT NULL DEFAULT 'invitation';
  ALTER TABLE invitations ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
  ALTER TABLE invitations ADD COLUMN revoked_at TEXT;
  UPDATE invitations SET id = lower(hex(randomblob(16)));
  CREATE UNIQUE INDEX invitations_by_id ON invitations (id);
  CREATE INDEX invitations_by_user ON invitations (user_id);
  `,
  `
  -- Exports of approved versions, rendered once on first request; like the versions, never changed.
  CREATE TABLE version_exports (
    document_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    format TEXT NOT NULL,
    content_type TEXT NOT NULL,
    file_name TEXT NOT NULL,
    body BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (document_id, number, format),
    FOREIGN KEY (document_id, number) REFERENCES versions (document_id, number)
  );
  CREATE TRIGGER version_exports_never_change BEFORE UPDATE ON version_exports
    BEGIN SELECT RAISE(ABORT, 'exports of approved versions never change'); END;
  CREATE TRIGGER version_exports_never_go BEFORE DELETE ON version_exports
    BEGIN SELECT RAISE(ABORT, 'exports of approved versions never change'); END;

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
  -- The follow-up of approved action plans, apart from their text: a log of what was said about
  -- each activity (status, comment, date done), by whom and when.
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
  ) WITHOUT ROWID;
  `,
  `
  -- The history of drafts: the full Yjs state after each burst of work, with who edited and
  -- when; thinned as it ages (see snapshotsToDrop).
  CREATE TABLE draft_snapshots (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    taken_at TEXT NOT NULL,
    authors TEXT NOT NULL,
    characters INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    state BLOB NOT NULL
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
  ) WITHOUT ROWID;
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

/** Brings a database up to the newest schema (or `target`, for tests), one transaction per migration. */
export function migrate(db: Database, target = MIGRATIONS.length): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > MIGRATIONS.length) {
    throw new Error(`The database schema (version ${current}) is newer than this server (${MIGRATIONS.length}).`)
  }
  for (let version = current; version < target; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!)
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
}
