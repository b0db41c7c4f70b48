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
