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
]

/** Brings a database up to the newest schema, one transaction per migration. */
export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > MIGRATIONS.length) {
    throw new Error(`The database schema (version ${current}) is newer than this server (${MIGRATIONS.length}).`)
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!)
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
}
